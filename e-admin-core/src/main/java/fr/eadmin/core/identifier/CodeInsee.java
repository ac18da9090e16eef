package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * The code officiel géographique (COG) of a commune, its "code INSEE": 5 characters, the department then the
 * commune's number in it. Not to be confused with the {@link CodePostal}: Paris 1er is commune code {@code 75101}
 * but postal code {@code 75001}.
 *
 * <p>Rules followed (INSEE, <a href="https://www.insee.fr/fr/information/2560452">code officiel
 * géographique</a>, the current COG):
 *
 * <ul>
 *   <li>metropolitan departments {@code 01} to {@code 19}, {@code 21} to {@code 95}, {@code 2A} and {@code 2B},
 *       followed by a 3-digit commune number other than {@code 000};
 *   <li>overseas, a 3-digit department or collectivité followed by a 2-digit number other than {@code 00}: the
 *       departments {@code 971} Guadeloupe, {@code 972} Martinique, {@code 973} Guyane, {@code 974} La Réunion,
 *       {@code 976} Mayotte; the collectivités {@code 975} Saint-Pierre-et-Miquelon, {@code 977}
 *       Saint-Barthélemy, {@code 978} Saint-Martin, {@code 984} Terres australes et antarctiques, {@code 986}
 *       Wallis-et-Futuna, {@code 987} Polynésie française, {@code 988} Nouvelle-Calédonie, {@code 989} Clipperton;
 *   <li>the arrondissements municipaux of Paris ({@code 75101}–{@code 75120}), Lyon ({@code 69381}–{@code 69389})
 *       and Marseille ({@code 13201}–{@code 13216}) have codes of the same form and are accepted besides their
 *       communes ({@code 75056}, {@code 69123}, {@code 13055});
 *   <li>Paris is the only commune of department 75, so there only {@code 75056} and {@code 75101}–{@code 75120}
 *       exist.
 * </ul>
 *
 * <p>Refused because no commune can have them: department {@code 00}; {@code 20}, Corsica's code until its split
 * in 1976 (historical codes {@code 20xxx} are not current commune codes); {@code 96}, never used; {@code 99},
 * which the COG uses for foreign countries ({@code 99134} Spain), not communes; {@code 970}, {@code 979} to {@code
 * 983}; {@code 985}, Mayotte's code until it became department {@code 976} in 2011. Beyond that the number is
 * checked for form only: the list of communes changes every year (mergers), so checking membership is the job of
 * an up-to-date COG table, not of this type.
 *
 * @param value the 5 characters
 */
public record CodeInsee(String value) {
    private static final String TYPE = "code INSEE";

    /**
     * Checks the value, which must already be in canonical form (5 characters, upper case, no separators).
     *
     * @throws InvalidIdentifierException if the value is not a valid commune code
     */
    public CodeInsee {
        Objects.requireNonNull(value, "value");
        check(value);
    }

    /**
     * Parses a commune code, ignoring spaces, no-break spaces, dots, dashes and the case of {@code 2a}/{@code 2b}.
     *
     * @param text the code as typed, such as {@code "2a004"}
     * @return the code
     * @throws InvalidIdentifierException if the text is not a valid commune code; the message says why
     */
    public static CodeInsee parse(String text) {
        return new CodeInsee(Chars.compact(text, "text"));
    }

    /**
     * Whether the text parses as a commune code.
     *
     * @param text the text to check
     * @return {@code true} if {@link #parse(String)} accepts it
     */
    public static boolean isValid(String text) {
        return Chars.parses(text, CodeInsee::parse);
    }

    private static void check(String value) {
        Chars.requireLength(TYPE, value, 5, "characters");
        if (value.charAt(0) == '2' && (value.charAt(1) == 'A' || value.charAt(1) == 'B')) {
            Chars.requireDigits(TYPE, value, 2, 5, "commune number");
            requireNonZero(value.substring(2));
            return;
        }
        Chars.requireDigits(TYPE, value, 0, 5, "");
        int dept = Chars.twoDigits(value, 0);
        if (dept == 0 || dept == 96) {
            throw new InvalidIdentifierException(TYPE, "department " + value.substring(0, 2) + " does not exist");
        }
        if (dept == 20) {
            throw new InvalidIdentifierException(
                    TYPE, "department 20 no longer exists: Corsican communes are coded 2A or 2B");
        }
        if (dept == 99) {
            throw new InvalidIdentifierException(TYPE, "99 codes designate foreign countries, not communes");
        }
        if (dept == 97 || dept == 98) {
            int code = Integer.parseInt(value.substring(0, 3));
            if (!isOverseas(code)) {
                throw new InvalidIdentifierException(TYPE, "unknown overseas department or collectivité " + code);
            }
            requireNonZero(value.substring(3));
            return;
        }
        requireNonZero(value.substring(2));
        if (dept == 75) {
            int commune = Integer.parseInt(value.substring(2));
            if (commune != 56 && (commune < 101 || commune > 120)) {
                throw new InvalidIdentifierException(
                        TYPE, "department 75 has only Paris, 75056, and its arrondissements 75101 to 75120");
            }
        }
    }

    /** Overseas departments and collectivités of the current COG. */
    static boolean isOverseas(int code) {
        return (code >= 971 && code <= 978) || code == 984 || (code >= 986 && code <= 989);
    }

    private static void requireNonZero(String communeNumber) {
        if (Integer.parseInt(communeNumber) == 0) {
            throw new InvalidIdentifierException(TYPE, "commune number must not be zero");
        }
    }

    /**
     * The department (or overseas collectivité) of the commune: {@code "76"}, {@code "2A"}, {@code "971"}.
     *
     * @return the 2- or 3-character department code
     */
    public String departement() {
        return value.startsWith("97") || value.startsWith("98") ? value.substring(0, 3) : value.substring(0, 2);
    }

    /**
     * Whether this code designates an arrondissement municipal of Paris, Lyon or Marseille rather than a commune.
     *
     * @return {@code true} for 75101–75120, 69381–69389 and 13201–13216
     */
    public boolean isArrondissementMunicipal() {
        if (!Chars.isAllDigits(value)) {
            return false;
        }
        int code = Integer.parseInt(value);
        return (code >= 75101 && code <= 75120) || (code >= 69381 && code <= 69389) || (code >= 13201 && code <= 13216);
    }

    /**
     * The canonical form: 5 characters.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return value;
    }
}
