package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * A NIR (numéro d'inscription au répertoire, "numéro de sécurité sociale"): the 13 characters INSEE gives
 * every person registered in the RNIPP, followed by a 2-digit key.
 *
 * <p>Structure ({@code S AA MM DD CCC OOO KK}): sex digit, last two digits of the birth year, birth month,
 * birth department (2 characters, or 3 digits overseas with a 2-digit commune), birth commune (or country
 * code for people born abroad), order number, key. The key is {@code 97 - (N mod 97)} where {@code N} is the
 * 13-character number read as an integer, Corsica's {@code 2A} and {@code 2B} replaced by {@code 19} and
 * {@code 18}.
 *
 * <p>A NIR is personal data: {@link #toString()} is the canonical value for storage and exchange; display it
 * with {@link #masked()}.
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
        Objects.requireNonNull(text, "text");
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
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
            throw new InvalidIdentifierException(TYPE, "key must be between 01 and 97, got " + key);
        }
        if (key != computeKey(value)) {
            throw new InvalidIdentifierException(TYPE, "key does not match the 13 first characters");
        }
    }

    private static void checkBody(String value) {
        Chars.requireDigits(TYPE, value, 0, 5, "sex, year and month");
        int sex = Chars.digit(value, 0);
        if (sex != 1 && sex != 2 && sex != 3 && sex != 4 && sex != 7 && sex != 8) {
            throw new InvalidIdentifierException(TYPE, "sex digit must be 1, 2, 3, 4, 7 or 8, got " + sex);
        }
        int month = Chars.twoDigits(value, 3);
        if (!isMonthCode(month)) {
            throw new InvalidIdentifierException(
                    TYPE, "birth month must be 01 to 12, 20, or 30 to 99 (unknown month), got " + twoDigitText(month));
        }
        char d1 = value.charAt(5);
        char d2 = value.charAt(6);
        if (d1 == '2' && (d2 == 'A' || d2 == 'B')) {
            Chars.requireDigits(TYPE, value, 7, 13, "commune and order number");
        } else {
            Chars.requireDigits(TYPE, value, 5, 13, "department, commune and order number");
            int dept = Chars.twoDigits(value, 5);
            if (dept == 0 || dept == 96) {
                throw new InvalidIdentifierException(TYPE, "unknown birth department " + twoDigitText(dept));
            }
            if (dept == 97 || dept == 98) {
                int third = Chars.digit(value, 7);
                if (dept == 97 && (third < 1 || third > 8)) {
                    throw new InvalidIdentifierException(TYPE, "unknown overseas birth department 97" + third);
                }
            }
        }
        int order = Integer.parseInt(value.substring(10, 13));
        if (order == 0) {
            throw new InvalidIdentifierException(TYPE, "order number must not be 000");
        }
    }

    private static boolean isMonthCode(int month) {
        return (month >= 1 && month <= 12) || month == 20 || month >= 30;
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
