package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * A SIRET: the 14-digit number of one establishment of a legal unit, its 9-digit {@link Siren} followed by a
 * 5-digit NIC (numéro interne de classement: a 4-digit sequence and a check digit).
 *
 * <p>Rules followed (INSEE, <a href="https://www.insee.fr/fr/metadonnees/definition/c1841">définition du
 * SIRET</a>):
 *
 * <ul>
 *   <li>14 digits, the first 9 a valid {@link Siren} (Luhn over 9 digits);
 *   <li>the 14 digits pass the Luhn algorithm, the last digit of the NIC being the check digit;
 *   <li>except La Poste: when La Poste became a société anonyme in 2010 all its establishments were gathered
 *       under the SIREN {@code 356000000}, too many for the NIC to carry a Luhn key, and INSEE numbered them so
 *       that <em>the sum of the 14 digits is a multiple of 5</em>. Only the head office, {@code
 *       35600000000048}, follows Luhn (its digit sum, 26, is not a multiple of 5); it is accepted as the single
 *       Luhn case under that SIREN. The rule is described in the French Wikipedia article on the SIRET (after
 *       INSEE) and implemented the same way by {@code IsoCodes} and {@code python-stdnum} ({@code
 *       stdnum.fr.siret}), whose test values found in the wild ({@code 35600000009075}, {@code 35600000049837})
 *       this type accepts. Some validators also accept any Luhn-valid number under La Poste's SIREN; this type does not,
 *       since INSEE numbers those establishments by the sum rule.
 * </ul>
 *
 * <p>Not accepted: the pseudo-SIRETs containing letters that some directories give to Monegasque companies
 * (such as {@code MONACOCONFO001}); they are not INSEE numbers.
 *
 * <p>What the checks guarantee, for an ordinary SIRET: any change of one digit is rejected; any swap of two adjacent
 * different digits is rejected except {@code 09} ↔ {@code 90} inside the SIREN or inside the NIC (Luhn cannot see
 * it), while a swap across the SIREN/NIC boundary is always caught because the SIREN's own check digit changes. For
 * a La Poste establishment: a change of one digit of the SIREN part is rejected; a change of one NIC digit is
 * rejected unless the digit moves by exactly 5 (a 2 becoming a 7, say), which keeps the sum a multiple of 5, or the
 * change lands on or leaves the head office; a swap of two NIC digits keeps the sum and is never seen.
 *
 * {@snippet :
 * Siret siret = Siret.parse("732 829 320 00074");
 * siret.siren();      // the Siren 732829320
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

    /** The SIRET of La Poste's head office, the one La Poste SIRET checked by Luhn rather than by the sum. */
    static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

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
     * Whether this SIRET is an establishment of La Poste (SIREN {@code 356000000}), checked by the sum of its
     * digits rather than by Luhn.
     *
     * @return {@code true} for a La Poste establishment
     */
    public boolean isLaPoste() {
        return value.startsWith(LA_POSTE_SIREN);
    }

    /**
     * Whether the text parses as a SIRET.
     *
     * @param text the text to check
     * @return {@code true} if {@link #parse(String)} accepts it
     */
    public static boolean isValid(String text) {
        return Chars.parses(text, Siret::parse);
    }

    private static void check(String value) {
        Chars.requireLength(TYPE, value, 14, "digits");
        Chars.requireDigits(TYPE, value, 0, 14, "");
        String siren = value.substring(0, 9);
        if (!Chars.luhn(siren)) {
            throw new InvalidIdentifierException(TYPE, "the SIREN part's check digit does not match (Luhn)");
        }
        if (siren.equals(LA_POSTE_SIREN)) {
            if (!value.equals(LA_POSTE_HEAD_OFFICE) && Chars.digitSum(value) % 5 != 0) {
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
