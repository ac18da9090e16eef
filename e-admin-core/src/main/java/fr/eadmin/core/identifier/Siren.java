package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * A SIREN: the 9-digit number INSEE gives every company and public body in the répertoire Sirene.
 *
 * <p>Rules (INSEE, <a href="https://www.insee.fr/fr/metadonnees/definition/c2047">définition du SIREN</a>;
 * arrêté du 8 février 1973 relatif au répertoire Sirene): 9 digits, the ninth being a check digit such that the
 * whole number passes the Luhn algorithm (ISO/IEC 7812-1, annex B). No documented SIREN escapes the Luhn
 * rule: the La Poste exception concerns the SIRETs of its establishments, not its SIREN {@code 356000000},
 * which passes Luhn.
 *
 * {@snippet :
 * Siren siren = Siren.parse("732 829 320");
 * siren.toString();   // "732829320"
 * siren.formatted();  // "732 829 320"
 * }
 *
 * @param value the 9 digits
 */
public record Siren(String value) {
    private static final String TYPE = "SIREN";

    /**
     * Checks the value, which must already be in canonical form (9 digits, no separators).
     *
     * @throws InvalidIdentifierException if the value is not a valid SIREN
     */
    public Siren {
        Objects.requireNonNull(value, "value");
        check(value);
    }

    /**
     * Parses a SIREN, ignoring spaces, no-break spaces, dots and dashes.
     *
     * @param text the SIREN as typed, such as {@code "732 829 320"}
     * @return the SIREN
     * @throws InvalidIdentifierException if the text is not a valid SIREN; the message says why
     */
    public static Siren parse(String text) {
        return new Siren(Chars.compact(text, "text"));
    }

    /**
     * Whether the text parses as a SIREN.
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
        Chars.requireLength(TYPE, value, 9, "digits");
        Chars.requireDigits(TYPE, value, 0, 9, "SIREN");
        if (!Chars.luhn(value)) {
            throw new InvalidIdentifierException(TYPE, "check digit does not match (Luhn)");
        }
    }

    /**
     * The human form, three groups of three digits: {@code "732 829 320"}.
     *
     * @return the formatted SIREN
     */
    public String formatted() {
        return value.substring(0, 3) + ' ' + value.substring(3, 6) + ' ' + value.substring(6);
    }

    /**
     * The canonical form: 9 digits without separators.
     *
     * @return the 9 digits
     */
    @Override
    public String toString() {
        return value;
    }
}
