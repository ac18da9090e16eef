package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * A NIR (numéro d'inscription au répertoire, the "numéro de sécurité sociale"): the 13 characters INSEE gives
 * every person registered in the RNIPP, followed by a 2-digit key.
 *
 * <p>Structure (décret n° 82-103 du 22 janvier 1982, art. 4; INSEE, <a
 * href="https://xml.insee.fr/schema/nir.html">schéma XML du NIR</a>; <a
 * href="https://www.service-public.fr/particuliers/vosdroits/F33078">service-public.fr F33078</a>), {@code S AA MM
 * LLLLL OOO KK}:
 *
 * <ul>
 *   <li>{@code S}, sex: {@code 1} man, {@code 2} woman. Also accepted: {@code 3}/{@code 4} and {@code 7}/{@code
 *       8}, which the French Wikipedia article on the NIR and the validators used by public services attribute to
 *       provisional numbers given while a registration is pending; the numéro identifiant d'attente (NIA) that the
 *       Cnav's SNGI gives people born abroad "est constitué comme un NIR", key included (circulaire DSS/SD4C n°
 *       2012-213 du 1er juin 2012). {@link #isProvisional()} tells them apart. Refused: {@code 5}/{@code 6}
 *       (migrants de passage) and the 13-character provisional numbers of the health insurance (NNP, structure
 *       {@code S V CCC NNNNNNNN}), which have another structure and no key;
 *   <li>{@code AA}, last two digits of the birth year;
 *   <li>{@code MM}, birth month {@code 01} to {@code 12}; when the civil-status record does not give the month,
 *       INSEE and the SNGI use other values: {@code 20} (the only one since 1988), and earlier {@code 20} to
 *       {@code 42} (31 to 42 being the month plus 30 when the record was incomplete) and {@code 50} to {@code 99}
 *       (INSEE, Courrier des statistiques n° 8, 2022, article on the SNGI; the Cnam's {@code nir-validation}
 *       maintainers). Accepted: {@code 01}–{@code 12}, {@code 20}–{@code 42}, {@code 50}–{@code 99};
 *   <li>{@code LLLLL}, birth place, with the department code in force at the time of birth: a 2-character
 *       department and a 3-digit commune, Corsica as {@code 2A}/{@code 2B} since 1976 and {@code 20} before;
 *       a 3-digit overseas department or collectivité ({@code 971}–{@code 978}, {@code 984}–{@code 989}, {@code
 *       985} being Mayotte before 2011) and a 2-digit commune; {@code 99} and the INSEE country code for people born
 *       abroad; {@code 91} to {@code 94} (Algeria), {@code 95} (Morocco) and {@code 96} (Tunisia) for people born
 *       there before independence (service-public.fr F33078). The commune or country number itself is not checked
 *       against a list: INSEE gives it special values when the order numbers of a commune run out;
 *   <li>{@code OOO}, order number among people born in the same place and period, not checked beyond being
 *       digits;
 *   <li>{@code KK}, key: {@code 97 - (N mod 97)} where {@code N} is the 13-character number read as an integer,
 *       {@code 2A} replaced by {@code 19} and {@code 2B} by {@code 18}. It always lies between {@code 01} and
 *       {@code 97}.
 * </ul>
 *
 * <p>Why the key is required: {@link #parse(String)} insists on the 15 characters because the key is what
 * catches typing mistakes (97 is prime, so every change of one digit and every swap of two adjacent different
 * digits of the 13 characters changes the remainder). Sources that store the 13 characters alone go through {@link
 * #withComputedKey(String)}.
 *
 * <p>A NIR is personal data: {@link #toString()} is the canonical value for storage and exchange; display it with
 * {@link #masked()}. Exception messages name the faulty part by its position and never quote any of its
 * characters, not even the wrong ones.
 *
 * {@snippet :
 * Nir nir = Nir.parse("2 55 08 14 168 025 38");
 * nir.toString();     // "255081416802538"
 * nir.departement();  // "14"
 * nir.masked();       // "2 55 08 ** *** *** **"
 * }
 *
 * @param value the 15 characters, key included, without separators
 */
public record Nir(String value) {
    private static final String TYPE = "NIR";

    /**
     * Checks the value, which must already be in canonical form (15 characters, upper case, no separators).
     *
     * @throws InvalidIdentifierException if the value is not a valid NIR
     */
    public Nir {
        Objects.requireNonNull(value, "value");
        check(value);
    }

    /**
     * Parses a NIR with its key, ignoring spaces, no-break spaces, dots, dashes and case.
     *
     * @param text the NIR as typed, such as {@code "1 84 12 76 451 089 46"}
     * @return the NIR
     * @throws InvalidIdentifierException if the text is not a valid NIR; the message says why without
     *     repeating the number
     */
    public static Nir parse(String text) {
        return new Nir(Chars.compact(text, "text"));
    }

    /**
     * Whether the text parses as a NIR.
     *
     * @param text the text to check
     * @return {@code true} if {@link #parse(String)} accepts it
     */
    public static boolean isValid(String text) {
        return Chars.parses(text, Nir::parse);
    }

    /**
     * Builds a NIR from its 13 characters without the key, computing the key. Only for sources that hold the
     * key apart or not at all: typed input should go through {@link #parse(String)}, since the key is what
     * catches typing mistakes.
     *
     * @param text the 13 characters, separators allowed
     * @return the NIR with its computed key
     * @throws InvalidIdentifierException if the 13 characters are not those of a valid NIR
     */
    public static Nir withComputedKey(String text) {
        String compact = Chars.compact(text, "text");
        Chars.requireLength(TYPE, compact, 13, "characters without the key");
        checkBody(compact);
        int key = computeKey(compact);
        return new Nir(compact + (key < 10 ? "0" : "") + key);
    }

    private static void check(String value) {
        Chars.requireLength(TYPE, value, 15, "characters");
        checkBody(value);
        Chars.requireDigits(TYPE, value, 13, 15, "key");
        int key = Chars.twoDigits(value, 13);
        if (key < 1 || key > 97) {
            throw new InvalidIdentifierException(TYPE, "key (characters 14 and 15) must be between 01 and 97");
        }
        if (key != computeKey(value)) {
            throw new InvalidIdentifierException(TYPE, "key does not match the 13 first characters");
        }
    }

    private static void checkBody(String value) {
        Chars.requireDigits(TYPE, value, 0, 5, "sex, year and month");
        int sex = Chars.digit(value, 0);
        if (sex != 1 && sex != 2 && sex != 3 && sex != 4 && sex != 7 && sex != 8) {
            throw new InvalidIdentifierException(TYPE, "sex digit (character 1) must be 1, 2, 3, 4, 7 or 8");
        }
        int month = Chars.twoDigits(value, 3);
        if (!isMonthCode(month)) {
            throw new InvalidIdentifierException(
                    TYPE,
                    "birth month (characters 4 and 5) must be 01 to 12, or 20 to 42 or 50 to 99 for an unknown month");
        }
        char d1 = value.charAt(5);
        char d2 = value.charAt(6);
        if (d1 == '2' && (d2 == 'A' || d2 == 'B')) {
            Chars.requireDigits(TYPE, value, 7, 13, "commune and order number");
            return;
        }
        if (!Chars.isDigit(d1) || !Chars.isDigit(d2)) {
            throw new InvalidIdentifierException(
                    TYPE, "birth department must be 2 digits, 2A or 2B (characters 6 and 7)");
        }
        Chars.requireDigits(TYPE, value, 7, 13, "commune and order number");
        int dept = Chars.twoDigits(value, 5);
        if (dept == 0) {
            throw new InvalidIdentifierException(TYPE, "birth department (characters 6 and 7) cannot be 00");
        }
        if (dept == 97 || dept == 98) {
            int code = Integer.parseInt(value.substring(5, 8));
            if (!isOverseasBirthDepartment(code)) {
                throw new InvalidIdentifierException(
                        TYPE, "overseas birth department (characters 6 to 8) must be 971 to 978 or 984 to 989");
            }
        }
    }

    /** Overseas codes of the COG, current and past: 971–978, 984–989 (985: Mayotte until 2011). */
    static boolean isOverseasBirthDepartment(int code) {
        return (code >= 971 && code <= 978) || (code >= 984 && code <= 989);
    }

    static boolean isMonthCode(int month) {
        return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
    }

    private static String twoDigitText(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static int computeKey(String value) {
        String digits;
        if (value.charAt(5) == '2' && value.charAt(6) == 'A') {
            digits = value.substring(0, 5) + "19" + value.substring(7, 13);
        } else if (value.charAt(5) == '2' && value.charAt(6) == 'B') {
            digits = value.substring(0, 5) + "18" + value.substring(7, 13);
        } else {
            digits = value.substring(0, 13);
        }
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    /**
     * The sex digit: 1 (man) or 2 (woman) for a definitive number; 3/4, 7/8 for the other kinds of number
     * INSEE and the social security bodies give.
     *
     * @return the first digit
     */
    public int sexDigit() {
        return Chars.digit(value, 0);
    }

    /**
     * Whether this is a provisional number (sex digit 3, 4, 7 or 8) given while a registration is pending, rather
     * than a definitive NIR (1 or 2).
     *
     * @return {@code true} for a provisional number
     */
    public boolean isProvisional() {
        int sex = sexDigit();
        return sex != 1 && sex != 2;
    }

    /**
     * The last two digits of the birth year.
     *
     * @return 0 to 99
     */
    public int birthYear2() {
        return Chars.twoDigits(value, 1);
    }

    /**
     * The birth month code: 1 to 12 for a known month; the other values INSEE uses when the month is unknown.
     *
     * @return the two-digit month code as a number
     */
    public int birthMonth() {
        return Chars.twoDigits(value, 3);
    }

    /**
     * Whether the birth month is a real month (01 to 12) rather than a code for an unknown month.
     *
     * @return {@code true} for 01 to 12
     */
    public boolean isBirthMonthKnown() {
        int month = birthMonth();
        return month >= 1 && month <= 12;
    }

    /**
     * The birth department: 2 characters ({@code "76"}, {@code "2A"}), 3 digits overseas ({@code "971"}), or
     * {@code "99"} for people born abroad.
     *
     * @return the department code
     */
    public String departement() {
        return isOverseas() ? value.substring(5, 8) : value.substring(5, 7);
    }

    private boolean isOverseas() {
        return value.startsWith("97", 5) || value.startsWith("98", 5);
    }

    /**
     * Whether the person was born abroad (department {@code 99}); the next 3 digits are then the INSEE
     * country code instead of a commune.
     *
     * @return {@code true} for a birth abroad
     */
    public boolean isBornAbroad() {
        return value.startsWith("99", 5);
    }

    /**
     * The INSEE code of the birth place as the 5 characters at positions 6 to 10: the commune code
     * ({@code "76451"}, {@code "2A004"}, {@code "97105"}), or for a birth abroad {@code "99"} and the country
     * code ({@code "99134"}).
     *
     * @return the 5-character birth place code
     */
    public String birthPlaceCode() {
        return value.substring(5, 10);
    }

    /**
     * The order number distinguishing people born in the same place and month.
     *
     * @return 1 to 999
     */
    public int orderNumber() {
        return Integer.parseInt(value.substring(10, 13));
    }

    /**
     * The key.
     *
     * @return 1 to 97
     */
    public int key() {
        return Chars.twoDigits(value, 13);
    }

    /**
     * The human form, in the groups printed on the carte Vitale: {@code "1 84 12 76 451 089 46"}.
     *
     * @return the formatted NIR
     */
    public String formatted() {
        return value.charAt(0) + " " + value.substring(1, 3) + ' ' + value.substring(3, 5) + ' '
                + value.substring(5, 7) + ' ' + value.substring(7, 10) + ' ' + value.substring(10, 13) + ' '
                + value.substring(13);
    }

    /**
     * A form for display that hides everything after the birth month: {@code "1 84 12 ** *** *** **"}.
     *
     * @return the masked NIR
     */
    public String masked() {
        return value.charAt(0) + " " + value.substring(1, 3) + ' ' + value.substring(3, 5) + " ** *** *** **";
    }

    /**
     * The canonical form: 15 characters without separators. Personal data: log {@link #masked()} instead.
     *
     * @return the 15 characters
     */
    @Override
    public String toString() {
        return value;
    }
}
