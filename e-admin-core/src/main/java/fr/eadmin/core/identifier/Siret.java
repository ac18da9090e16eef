package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * A SIRET: the 14-digit number of one establishment of a company, its 9-digit {@link Siren} followed by a
 * 5-digit NIC (numéro interne de classement).
 *
 * <p>Rules (INSEE, <a href="https://www.insee.fr/fr/metadonnees/definition/c1841">définition du SIRET</a>):
 * 14 digits; the first 9 form a valid SIREN; the whole 14 digits pass the Luhn algorithm, the last digit of
 * the NIC being the check digit. Exception: the establishments of La Poste (SIREN {@code 356000000}) are too
 * many for the Luhn key, and their SIRETs are checked by "the sum of the 14 digits is a multiple of 5"
 * instead (the rule published by INSEE and implemented by the Sirene API clients). La Poste's head office,
 * {@code 35600000000048}, passes both rules.
 *
 * {@snippet :
 * Siret siret = Siret.parse("732 829 320 00074");
 * siret.siren();      // Siren[732829320]
 * siret.nic();        // "00074"
 * siret.formatted();  // "732 829 320 00074"
 * }
 *
 * @param value the 14 digits
 */
public record Siret(String value) {
    private static final String TYPE = "SIRET";

    /** The SIREN of La Poste, whose establishments' SIRETs are checked by the sum of their digits. */
    static final String LA_POSTE_SIREN = "356000000";

    /**
     * Checks the value, which must already be in canonical form (14 digits, no separators).
     *
     * @throws InvalidIdentifierException if the value is not a valid SIRET
     */
    public Siret {
        Objects.requireNonNull(value, "value");
        check(value);
    }

    /**
     * Parses a SIRET, ignoring spaces, no-break spaces, dots and dashes.
     *
     * @param text the SIRET as typed, such as {@code "732 829 320 00074"}
     * @return the SIRET
     * @throws InvalidIdentifierException if the text is not a valid SIRET; the message says why
     */
    public static Siret parse(String text) {
        return new Siret(Chars.compact(text, "text"));
    }

    /**
     * Whether the text parses as a SIRET.
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
        Chars.requireLength(TYPE, value, 14, "digits");
        Chars.requireDigits(TYPE, value, 0, 14, "SIRET");
        String siren = value.substring(0, 9);
        if (!Chars.luhn(siren)) {
            throw new InvalidIdentifierException(TYPE, "the SIREN part's check digit does not match (Luhn)");
        }
        if (siren.equals(LA_POSTE_SIREN)) {
            if (Chars.digitSum(value) % 5 != 0) {
                throw new InvalidIdentifierException(
                        TYPE, "La Poste establishment: the sum of the 14 digits is not a multiple of 5");
            }
        } else if (!Chars.luhn(value)) {
            throw new InvalidIdentifierException(TYPE, "check digit does not match (Luhn)");
        }
    }

    /**
     * The SIREN of the company this establishment belongs to: the first 9 digits.
     *
     * @return the SIREN
     */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    /**
     * The NIC (numéro interne de classement): the last 5 digits, which number the establishment within its
     * company.
     *
     * @return the 5 digits of the NIC
     */
    public String nic() {
        return value.substring(9);
    }

    /**
     * The human form, the SIREN in three groups then the NIC: {@code "732 829 320 00074"}.
     *
     * @return the formatted SIRET
     */
    public String formatted() {
        return value.substring(0, 3)
                + ' '
                + value.substring(3, 6)
                + ' '
                + value.substring(6, 9)
                + ' '
                + value.substring(9);
    }

    /**
     * The canonical form: 14 digits without separators.
     *
     * @return the 14 digits
     */
    @Override
    public String toString() {
        return value;
    }
}
