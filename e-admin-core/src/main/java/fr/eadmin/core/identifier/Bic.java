package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * A Business Identifier Code (ISO 9362:2022, SWIFT is the registration authority), always held in its
 * 11-character form ({@code BNPAFRPPXXX}).
 *
 * <p>Structure and the decisions taken:
 *
 * <ul>
 *   <li>4-character business party prefix: ISO 9362:2014 and later allow letters and digits ({@code 4!c}),
 *       where earlier editions allowed letters only; both are accepted so that codes issued under the current
 *       edition are not refused;
 *   <li>2-letter country code, which must be an ISO 3166-1 alpha-2 code (or {@code XK}, used by SWIFT for
 *       Kosovo);
 *   <li>2-character business party suffix (location), letters or digits; a {@code 0} as its second character
 *       marks a test and training BIC, which is accepted ({@link #isTest()} tells it) so that integration
 *       environments can use them; a payment flow that must not accept them checks {@link #isTest()};
 *   <li>optional 3-character branch identifier, letters or digits ({@code AGRIFRPP882} is a real BIC);
 *       {@code XXX} designates the primary office.
 * </ul>
 *
 * <p>Not checked: whether the code is actually published in the SWIFT BIC directory (that needs the
 * directory), and the conventions of the location code's second character other than the test marker
 * ({@code 1} passive participant, {@code 2} reverse billing), which do not make a code invalid.
 *
 * <p>An 8-character BIC designates the primary office, exactly as the same code followed by {@code XXX}
 * (ISO 9362, SWIFT BIC policy): {@code parse("BNPAFRPP")} and {@code parse("BNPAFRPPXXX")} are equal, and
 * {@link #toString()} always gives 11 characters. {@link #bic8()} gives the 8-character form.
 *
 * @param value the BIC in its 11-character form
 */
public record Bic(String value) {
    private static final String TYPE = "BIC";
    private static final String PRIMARY_OFFICE = "XXX";

    /**
     * Checks that the value is an 11-character BIC.
     *
     * @throws InvalidIdentifierException if it is not
     */
    public Bic {
        Objects.requireNonNull(value, "value");
        if (value.length() != 11) {
            throw invalid("the canonical form has 11 characters, got " + value.length());
        }
        check(value);
    }

    /**
     * Parses a BIC of 8 or 11 characters: surrounding and inner spaces, dots and dashes are removed and
     * letters are upper-cased; an 8-character BIC gets the primary office branch {@code XXX}.
     *
     * @param text the BIC
     * @return the BIC
     * @throws InvalidIdentifierException saying what is wrong, without repeating the input
     */
    public static Bic parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = normalise(text);
        if (compact.length() != 8 && compact.length() != 11) {
            throw invalid("must have 8 or 11 characters, got " + compact.length());
        }
        check(compact);
        return new Bic(compact.length() == 8 ? compact + PRIMARY_OFFICE : compact);
    }

    /**
     * Whether the text is a BIC that {@link #parse(String)} accepts.
     *
     * @param text the text to check
     * @return {@code true} if {@link #parse(String)} would succeed
     */
    public static boolean isValid(String text) {
        return Chars.parses(text, Bic::parse);
    }

    /**
     * The business party prefix, formerly "bank code" ({@code BNPA}).
     *
     * @return four characters
     */
    public String partyPrefix() {
        return value.substring(0, 4);
    }

    /**
     * The ISO 3166-1 alpha-2 country code ({@code FR}).
     *
     * @return two letters
     */
    public String countryCode() {
        return value.substring(4, 6);
    }

    /**
     * The business party suffix, formerly "location code" ({@code PP}).
     *
     * @return two characters
     */
    public String location() {
        return value.substring(6, 8);
    }

    /**
     * The branch identifier, {@code XXX} for the primary office.
     *
     * @return three characters
     */
    public String branch() {
        return value.substring(8, 11);
    }

    /**
     * The 8-character form, which identifies the institution in its location ({@code BNPAFRPP}).
     *
     * @return the first eight characters
     */
    public String bic8() {
        return value.substring(0, 8);
    }

    /**
     * Whether this BIC designates the primary office (branch {@code XXX}).
     *
     * @return {@code true} for the primary office
     */
    public boolean isPrimaryOffice() {
        return branch().equals(PRIMARY_OFFICE);
    }

    /**
     * Whether this is a test and training BIC: {@code 0} as the second character of the location (SWIFT).
     *
     * @return {@code true} for a test BIC
     */
    public boolean isTest() {
        return value.charAt(7) == '0';
    }

    /**
     * Whether both BICs designate offices of the same institution: same 8-character BIC, whatever the
     * branch. Institutions of one group in other countries or locations ({@code BNPAFRPP}, {@code BNPAGB22})
     * are distinct institutions for ISO 9362 and are not the same institution here.
     *
     * @param other the other BIC
     * @return {@code true} if the first eight characters are equal
     */
    public boolean sameInstitution(Bic other) {
        Objects.requireNonNull(other, "other");
        return bic8().equals(other.bic8());
    }

    /**
     * The 11-character form ({@code BNPAFRPPXXX}).
     *
     * @return the BIC
     */
    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' || c == '-') {
                continue;
            }
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return out.toString();
    }

    private static void check(String bic) {
        for (int i = 0; i < bic.length(); i++) {
            char c = bic.charAt(i);
            if (!isUpperLetter(c) && !isDigit(c)) {
                throw invalid("character at position " + (i + 1) + " is not a letter or a digit");
            }
        }
        String country = bic.substring(4, 6);
        if (!isUpperLetter(country.charAt(0)) || !isUpperLetter(country.charAt(1))) {
            throw invalid("country code (positions 5 and 6) must be two letters");
        }
        if (!CountryCodes.contains(country)) {
            throw invalid("country code " + country + " is not an ISO 3166-1 country code");
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
