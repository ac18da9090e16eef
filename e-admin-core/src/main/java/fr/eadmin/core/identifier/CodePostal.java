package fr.eadmin.core.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * A French postal code (La Poste): 5 digits. CEDEX codes have the same form and are accepted.
 *
 * <p>A postal code routes mail to a distribution office; it does not identify a commune (one code serves
 * several communes, a large commune has several codes) and its first two digits are usually, not always, the
 * department of the commune.
 *
 * @param value the 5 digits
 */
public record CodePostal(String value) {
    private static final String TYPE = "code postal";

    /**
     * Checks the value, which must already be in canonical form (5 digits, no separators).
     *
     * @throws InvalidIdentifierException if the value is not a valid postal code
     */
    public CodePostal {
        Objects.requireNonNull(value, "value");
        check(value);
    }

    /**
     * Parses a postal code, ignoring spaces, no-break spaces, dots and dashes.
     *
     * @param text the code as typed, such as {@code "75 001"}
     * @return the code
     * @throws InvalidIdentifierException if the text is not a valid postal code; the message says why
     */
    public static CodePostal parse(String text) {
        return new CodePostal(Chars.compact(text, "text"));
    }

    /**
     * Whether the text parses as a postal code.
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

    private static void check(String value) {
        Chars.requireLength(TYPE, value, 5, "digits");
        Chars.requireDigits(TYPE, value, 0, 5, "code postal");
        int prefix = Chars.twoDigits(value, 0);
        if (prefix == 0 || prefix == 96 || prefix == 99) {
            throw new InvalidIdentifierException(TYPE, "no postal code starts with " + value.substring(0, 2));
        }
        if (prefix == 97 || prefix == 98) {
            int three = Integer.parseInt(value.substring(0, 3));
            if (!(three >= 971 && three <= 976) && three != 980 && !(three >= 986 && three <= 988)) {
                throw new InvalidIdentifierException(TYPE, "no postal code starts with " + three);
            }
        }
    }

    /**
     * The department the code's prefix designates, where one can be derived: the first two digits ({@code
     * "76"}), Corsica by range ({@code 200xx}–{@code 201xx} {@code "2A"}, {@code 202xx}–{@code 206xx} {@code
     * "2B"}), the first three overseas ({@code "971"}). Empty for Monaco and the collectivités of the Pacific.
     * For a few communes near a border the code of a neighbouring department's office is used: this is the
     * department of the distribution office, not necessarily of the commune.
     *
     * @return the department code, or empty if the code designates none
     */
    public Optional<String> departement() {
        int prefix = Chars.twoDigits(value, 0);
        if (prefix == 20) {
            return Optional.of(Chars.digit(value, 2) <= 1 ? "2A" : "2B");
        }
        if (prefix == 97) {
            return Optional.of(value.substring(0, 3));
        }
        if (prefix == 98) {
            return Optional.empty();
        }
        return Optional.of(value.substring(0, 2));
    }

    /**
     * The canonical form: 5 digits.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return value;
    }
}
