package fr.eadmin.core.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * A French postal code (La Poste): 5 digits. CEDEX codes (given to large mail recipients) have the same form and
 * are accepted.
 *
 * <p>A postal code routes mail to a distribution office: it does not identify a commune (one code serves several
 * communes, a large commune has several codes, Paris 16e has both {@code 75016} and {@code 75116}) and is not the
 * {@link CodeInsee}. Its first two digits are those of the department of the distribution office, which for a few
 * communes near a border is not the commune's own department: Laveyrune (Ardèche, 07) has {@code 48250}
 * (Lozère), Lavancia-Epercy (Jura, 39) has {@code 01590} (Ain).
 *
 * <p>Accepted prefixes (La Poste, <a href="https://datanova.laposte.fr/datasets/laposte-hexasmal">base officielle des
 * codes postaux</a>; the French and English Wikipedia articles on French postal codes):
 *
 * <ul>
 *   <li>{@code 01} to {@code 95}: the metropolitan department of the distribution office; Corsica kept the
 *       prefix {@code 20} when it was split in 1976: {@code 200xx}–{@code 201xx} serve Corse-du-Sud ({@code
 *       20000} Ajaccio), {@code 202xx}–{@code 206xx} Haute-Corse ({@code 20200} Bastia, {@code 20600} Furiani);
 *       no Corsican code starts with {@code 207} to {@code 209};
 *   <li>{@code 971} to {@code 976}: Guadeloupe, Martinique, Guyane, La Réunion, Saint-Pierre-et-Miquelon, Mayotte.
 *       Saint-Barthélemy ({@code 97133}) and Saint-Martin ({@code 97150}) kept Guadeloupe's prefix after becoming
 *       collectivités (COG {@code 977} and {@code 978}), so no postal code starts with {@code 977} or {@code 978};
 *   <li>{@code 980}: Monaco ({@code 98000}), which La Poste serves as if it were a French office;
 *   <li>{@code 986} Wallis-et-Futuna, {@code 987} Polynésie française, {@code 988} Nouvelle-Calédonie;
 *   <li>{@code 00}: addresses of the armed forces ("Armées") postal sectors.
 * </ul>
 *
 * <p>Refused: {@code 00000}, a placeholder; the prefixes {@code 96} and {@code 99}, {@code 970}, {@code 977} to
 * {@code 979}, {@code 981} to {@code 985}, {@code 989}, for which La Poste's base lists no distribution office
 * (the Terres australes et antarctiques and Clipperton have no civilian distribution).
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
        return Chars.parses(text, CodePostal::parse);
    }

    private static void check(String value) {
        Chars.requireLength(TYPE, value, 5, "digits");
        Chars.requireDigits(TYPE, value, 0, 5, "");
        if (value.equals("00000")) {
            throw new InvalidIdentifierException(TYPE, "00000 is a placeholder, not a postal code");
        }
        int prefix = Chars.twoDigits(value, 0);
        if (prefix == 96 || prefix == 99) {
            throw new InvalidIdentifierException(TYPE, "no postal code starts with " + value.substring(0, 2));
        }
        int three = Integer.parseInt(value.substring(0, 3));
        if (prefix == 20 && three > 206) {
            throw new InvalidIdentifierException(TYPE, "Corsican postal codes stop at 206xx");
        }
        if ((prefix == 97 || prefix == 98) && !isOverseasPrefix(three)) {
            throw new InvalidIdentifierException(TYPE, "no postal code starts with " + three);
        }
    }

    /** The 3-digit prefixes La Poste allocates outside metropolitan France. */
    static boolean isOverseasPrefix(int three) {
        return (three >= 971 && three <= 976) || three == 980 || (three >= 986 && three <= 988);
    }

    /**
     * The department the code's prefix designates, where one can be derived: the first two digits ({@code
     * "76"}), Corsica by range ({@code "2A"} for {@code 200xx}–{@code 201xx}, {@code "2B"} for {@code
     * 202xx}–{@code 206xx}), the first three for the overseas departments and Saint-Pierre-et-Miquelon ({@code
     * "971"}).
     *
     * <p>Empty where no department can be derived: Monaco ({@code 980}), the Pacific collectivités ({@code 986} to
     * {@code 988}, whose postal prefixes are not departments) and the armed forces ({@code 00}). Even when present,
     * it is the department of the distribution office: a few border communes belong to the neighbouring one, and
     * Saint-Barthélemy and Saint-Martin ({@code 97133}, {@code 97150}) get {@code "971"} although they left
     * Guadeloupe in 2007. To know a commune's department, use its {@link CodeInsee}.
     *
     * @return the department code, or empty if the code designates none
     */
    public Optional<String> departement() {
        int prefix = Chars.twoDigits(value, 0);
        if (prefix == 0 || prefix == 98) {
            return Optional.empty();
        }
        if (prefix == 20) {
            return Optional.of(Chars.digit(value, 2) <= 1 ? "2A" : "2B");
        }
        if (prefix == 97) {
            return Optional.of(value.substring(0, 3));
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
