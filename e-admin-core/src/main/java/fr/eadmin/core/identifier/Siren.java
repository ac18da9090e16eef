package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * A SIREN: the 9-digit number INSEE gives every legal unit (company, association, public body) in the répertoire
 * Sirene.
 *
 * <p>Rules followed (INSEE, <a href="https://www.insee.fr/fr/metadonnees/definition/c2047">définition du
 * SIREN</a>; décret n° 73-314 du 14 mars 1973 créant le système Sirene): 9 digits, the ninth a check digit such that
 * the whole number passes the Luhn algorithm (ISO/IEC 7812-1, annex B: double every second digit from the right,
 * the sum must be a multiple of 10). No SIREN is known to escape the Luhn rule: the La Poste exception concerns the
 * SIRETs of its establishments, and La Poste's own SIREN {@code 356000000} passes Luhn. {@code 000000000}, which
 * passes Luhn, is never attributed and is refused as the placeholder it always is.
 *
 * <p>What the check digit guarantees: any change of one digit is rejected, and so is any swap of two adjacent
 * different digits except {@code 09} ↔ {@code 90}, the one transposition Luhn cannot see.
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
        return Chars.parses(text, Siren::parse);
    }

    private static void check(String value) {
        Chars.requireLength(TYPE, value, 9, "digits");
        Chars.requireDigits(TYPE, value, 0, 9, "");
        if (!Chars.luhn(value)) {
            throw new InvalidIdentifierException(TYPE, "check digit does not match (Luhn)");
        }
        if (value.equals("000000000")) {
            throw new InvalidIdentifierException(TYPE, "000000000 is a placeholder, never an attributed SIREN");
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
