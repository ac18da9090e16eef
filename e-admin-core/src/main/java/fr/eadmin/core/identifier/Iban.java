package fr.eadmin.core.identifier;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An International Bank Account Number (ISO 13616-1:2020), in its electronic form: upper-case letters and
 * digits, no spaces ({@code FR7630006000011234567890189}).
 *
 * <p>The rules checked, in order, each with its source:
 *
 * <ul>
 *   <li>the country code is one of the countries of the SWIFT IBAN registry (SWIFT is the ISO 13616
 *       registration authority), and the IBAN has that country's exact length;
 *   <li>the check digits are two digits other than {@code 00}, {@code 01} and {@code 99}: the ISO 7064 MOD
 *       97-10 computation of ISO 13616-1 (clause 7) only ever produces 02 to 98, so those three values mark a
 *       corrupted or forged IBAN even when the remainder happens to be 1;
 *   <li>the BBAN follows the country's structure in the registry, character class by character class
 *       ({@code n} digits, {@code a} letters, {@code c} letters or digits);
 *   <li>the whole IBAN, rearranged (first four characters moved to the end) and letters replaced by 10 to 35,
 *       is 1 modulo 97 (ISO 13616-1, clause 7.2; ISO 7064 MOD 97-10);
 *   <li>for France and Monaco (same BBAN, "RIB": 5-digit bank code, 5-digit branch code, 11-character account
 *       number, 2-digit clé RIB), the national key: {@code 97 - ((89 × banque + 15 × guichet + 3 × compte)
 *       mod 97)}, where letters of the account number are first replaced by digits following the Banque de
 *       France rule (A, J → 1; B, K, S → 2; C, L, T → 3; D, M, U → 4; E, N, V → 5; F, O, W → 6; G, P, X → 7;
 *       H, Q, Y → 8; I, R, Z → 9).
 * </ul>
 *
 * <p>Mauritania, Djibouti and Burundi have the same BBAN layout without letters ({@code 5!n5!n11!n2!n}) and
 * the registry's examples for them satisfy the same key; it is not checked for them, since no published rule
 * says that every bank of those countries computes it that way.
 *
 * <p>The French overseas departments and territories (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte,
 * Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, French Polynesia, New Caledonia, Wallis and
 * Futuna, French Southern Territories) have no IBAN country code of their own: the registry lists them under
 * {@code FR}, so their IBANs start with {@code FR}; an IBAN starting with their own ISO code ({@code GP},
 * {@code NC}…) is refused with a message saying so. The same holds for Jersey, Guernsey and the Isle of Man
 * ({@code GB}) and the Åland Islands ({@code FI}).
 *
 * <p>The check digits detect every substitution of a digit by another digit or of a letter by another
 * letter, and every transposition of two adjacent different characters except the pairs whose digit
 * expansions are equal ({@code B1}/{@code 1B}, {@code M2}/{@code 2M}, {@code X3}/{@code 3X}): ISO 7064 works
 * on the digit string, where {@code B} is {@code 11}. A letter replaced by a digit (or the reverse) where the
 * country allows both is caught only with probability 96/97. The French key catches many of those cases too.
 *
 * @param value the IBAN in electronic form
 */
public record Iban(String value) {
    private static final String TYPE = "IBAN";

    /** Territories with an ISO 3166 code of their own whose IBANs use another country's code. */
    private static final Map<String, String> IBAN_COUNTRY_OF_TERRITORY = Map.ofEntries(
            Map.entry("GF", "FR"),
            Map.entry("GP", "FR"),
            Map.entry("MQ", "FR"),
            Map.entry("RE", "FR"),
            Map.entry("YT", "FR"),
            Map.entry("PM", "FR"),
            Map.entry("BL", "FR"),
            Map.entry("MF", "FR"),
            Map.entry("NC", "FR"),
            Map.entry("PF", "FR"),
            Map.entry("WF", "FR"),
            Map.entry("TF", "FR"),
            Map.entry("JE", "GB"),
            Map.entry("GG", "GB"),
            Map.entry("IM", "GB"),
            Map.entry("AX", "FI"));

    /**
     * Checks that the value is a valid IBAN in electronic form.
     *
     * @throws InvalidIdentifierException if it is not
     */
    public Iban {
        Objects.requireNonNull(value, "value");
        check(value);
    }

    /**
     * Parses an IBAN as people write it: surrounding and inner spaces (including non-breaking ones), dots and
     * dashes are removed, letters are upper-cased, and an {@code IBAN} prefix of the paper form ({@code "IBAN
     * FR76 3000 …"}) is dropped.
     *
     * @param text the IBAN, in electronic or paper form
     * @return the IBAN
     * @throws InvalidIdentifierException saying what is wrong, without repeating the input
     */
    public static Iban parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Iban(normalise(text));
    }

    /**
     * Whether the text is an IBAN that {@link #parse(String)} accepts.
     *
     * @param text the text to check
     * @return {@code true} if {@link #parse(String)} would succeed
     */
    public static boolean isValid(String text) {
        return Chars.parses(text, Iban::parse);
    }

    /**
     * The country codes of the SWIFT IBAN registry that this class knows, in alphabetical order.
     *
     * @return the country codes, such as {@code FR}, {@code MC}, {@code DE}
     */
    public static Set<String> countryCodes() {
        return IbanCountry.all().keySet();
    }

    /**
     * The structure of a country's BBAN in the notation of the SWIFT IBAN registry: runs of {@code n} (digits),
     * {@code a} (upper-case letters) or {@code c} (either), each with its fixed length.
     *
     * {@snippet :
     * Iban.bbanStructure("FR"); // Optional[5!n5!n11!c2!n]: bank, branch, account, clé RIB
     * }
     *
     * @param countryCode an ISO 3166-1 alpha-2 code, upper case
     * @return the structure, or empty if the country is not in the registry
     */
    public static Optional<String> bbanStructure(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        return Optional.ofNullable(IbanCountry.of(countryCode)).map(IbanCountry::structure);
    }

    /**
     * The ISO 3166-1 alpha-2 country code that starts the IBAN ({@code FR}).
     *
     * @return the country code
     */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /**
     * The two check digits ({@code 76}).
     *
     * @return the check digits
     */
    public String checkDigits() {
        return value.substring(2, 4);
    }

    /**
     * The Basic Bank Account Number: everything after the check digits.
     *
     * @return the BBAN
     */
    public String bban() {
        return value.substring(4);
    }

    /**
     * Whether the IBAN's country takes part in the SEPA payment schemes (EPC list of SEPA countries and
     * territories). Territories that use another country's IBAN (the French overseas, Gibraltar's neighbours
     * Jersey, Guernsey and the Isle of Man under {@code GB}, the Åland Islands under {@code FI}) follow that
     * country's code.
     *
     * @return {@code true} for a SEPA country
     */
    public boolean isSepa() {
        return country().sepa();
    }

    /**
     * The paper form: groups of four characters separated by spaces ({@code FR76 3000 6000 0112 3456 7890
     * 189}), as ISO 13616-1 recommends for print.
     *
     * @return the IBAN in groups of four
     */
    public String formatted() {
        return group(value);
    }

    /**
     * A form safe to display: the country code and the last four characters are kept, every other character
     * is replaced by {@code *}, in groups of four ({@code FR** **** **** **** **** ***0 189}).
     *
     * @return the masked IBAN
     */
    public String masked() {
        StringBuilder masked = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            masked.append(i < 2 || i >= value.length() - 4 ? value.charAt(i) : '*');
        }
        return group(masked.toString());
    }

    /**
     * The electronic form ({@code FR7630006000011234567890189}).
     *
     * @return the IBAN without spaces
     */
    @Override
    public String toString() {
        return value;
    }

    private IbanCountry country() {
        return Objects.requireNonNull(IbanCountry.of(countryCode()));
    }

    private static String group(String text) {
        StringBuilder grouped = new StringBuilder(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(text.charAt(i));
        }
        return grouped.toString();
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' || c == '-') {
                continue;
            }
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        String compact = out.toString();
        if (compact.startsWith("IBAN") && compact.length() > 4 && !Character.isDigit(compact.charAt(4))) {
            compact = compact.substring(4);
        }
        return compact;
    }

    private static void check(String value) {
        if (value.isEmpty()) {
            throw invalid("is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isUpperLetter(c) && !isDigit(c)) {
                throw invalid("character at position " + (i + 1) + " is not an upper-case letter or a digit");
            }
        }
        if (value.length() < 2 || !isUpperLetter(value.charAt(0)) || !isUpperLetter(value.charAt(1))) {
            throw invalid("must start with a two-letter country code");
        }
        String code = value.substring(0, 2);
        IbanCountry country = IbanCountry.of(code);
        if (country == null) {
            String ibanCountry = IBAN_COUNTRY_OF_TERRITORY.get(code);
            if (ibanCountry != null) {
                throw invalid(
                        "accounts of " + code + " have IBANs starting with " + ibanCountry + " (SWIFT IBAN registry)");
            }
            throw invalid("country code " + code + " is not in the SWIFT IBAN registry");
        }
        if (value.length() != country.length()) {
            throw invalid("an IBAN of " + code + " has " + country.length() + " characters, got " + value.length());
        }
        if (!isDigit(value.charAt(2)) || !isDigit(value.charAt(3))) {
            throw invalid("check digits (positions 3 and 4) must be digits");
        }
        String checkDigits = value.substring(2, 4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")) {
            throw invalid("check digits " + checkDigits + " are never issued (only 02 to 98 are)");
        }
        // The length matches the country's, so the segments cover the BBAN exactly.
        int i = 4;
        for (IbanCountry.Segment segment : country.segments()) {
            char kind = segment.kind();
            for (int end = i + segment.count(); i < end; i++) {
                char c = value.charAt(i);
                if (kind == 'n' && !isDigit(c)) {
                    throw invalid("character at position " + (i + 1) + " must be a digit for " + code);
                }
                if (kind == 'a' && !isUpperLetter(c)) {
                    throw invalid("character at position " + (i + 1) + " must be a letter for " + code);
                }
            }
        }
        if (mod97(value) != 1) {
            throw invalid("check digits do not match (ISO 7064 MOD 97-10)");
        }
        if (country.ribKey()) {
            checkRibKey(value.substring(4));
        }
    }

    /** The remainder modulo 97 of the rearranged IBAN with letters as 10 to 35 (ISO 13616-1, 7.2). */
    static int mod97(String iban) {
        long remainder = 0;
        int length = iban.length();
        int index = length == 0 ? 0 : 4 % length;
        for (int k = 0; k < length; k++) {
            char c = iban.charAt(index);
            index = index + 1 == length ? 0 : index + 1;
            if (isDigit(c)) {
                remainder = remainder * 10 + (c - '0');
            } else {
                remainder = remainder * 100 + (c - 'A' + 10);
            }
            // Reduced only when large: below 10^15, one more step stays far below Long.MAX_VALUE.
            if (remainder >= 1_000_000_000_000_000L) {
                remainder %= 97;
            }
        }
        return (int) (remainder % 97);
    }

    /**
     * The clé RIB of a French-format BBAN (bank 5, branch 5, account 11), from the Banque de France rule.
     *
     * @param bankBranchAccount the first 21 characters of the BBAN
     * @return the key, 1 to 97
     */
    static int ribKey(String bankBranchAccount) {
        long bank = Long.parseLong(bankBranchAccount.substring(0, 5));
        long branch = Long.parseLong(bankBranchAccount.substring(5, 10));
        long account = 0;
        for (int i = 10; i < 21; i++) {
            account = account * 10 + ribDigit(bankBranchAccount.charAt(i));
        }
        return (int) (97 - ((89 * bank + 15 * branch + 3 * account) % 97));
    }

    /** A character of a French account number as a digit: letters per the Banque de France table. */
    static int ribDigit(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        // A-I → 1-9, J-R → 1-9, S-Z → 2-9
        int index = c - 'A';
        if (index < 9) {
            return index + 1;
        }
        if (index < 18) {
            return index - 8;
        }
        return index - 16;
    }

    private static void checkRibKey(String bban) {
        int expected = ribKey(bban.substring(0, 21));
        int actual = Integer.parseInt(bban.substring(21, 23));
        if (expected != actual) {
            throw invalid("clé RIB does not match the bank, branch and account numbers");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpperLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static InvalidIdentifierException invalid(String reason) {
        return new InvalidIdentifierException(TYPE, reason);
    }
}
