package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * The code officiel géographique (COG) of a commune, its "code INSEE": 5 characters, the department then
 * the commune's number in it. Not to be confused with the {@link CodePostal}.
 *
 * <p>Rules (INSEE, <a href="https://www.insee.fr/fr/information/2560452">code officiel géographique</a>):
 * metropolitan departments {@code 01} to {@code 19}, {@code 21} to {@code 95}, {@code 2A} and {@code 2B}
 * followed by a 3-digit number; overseas departments and collectivités with a 3-digit code ({@code 971} to
 * {@code 978}, {@code 984} to {@code 989}) followed by a 2-digit number. The arrondissements municipaux of
 * Paris ({@code 75101}–{@code 75120}), Lyon ({@code 69381}–{@code 69389}) and Marseille ({@code 13201}–{@code
 * 13216}) have codes of the same form and are accepted.
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
     * Parses a commune code, ignoring surrounding and inner spaces and the case of {@code 2a}/{@code 2b}.
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
        Objects.requireNonNull(text, "text");
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    private static void check(String value) {
        Chars.requireLength(TYPE, value, 5, "characters");
        if (value.charAt(0) == '2' && (value.charAt(1) == 'A' || value.charAt(1) == 'B')) {
            Chars.requireDigits(TYPE, value, 2, 5, "commune number");
            requireNonZero(value.substring(2));
            return;
        }
        Chars.requireDigits(TYPE, value, 0, 5, "code");
        int dept = Chars.twoDigits(value, 0);
        if (dept == 0 || dept == 20 || dept == 96 || dept == 99) {
            throw new InvalidIdentifierException(TYPE, "unknown department " + value.substring(0, 2));
        }
        if (dept == 97 || dept == 98) {
            int dom = Integer.parseInt(value.substring(0, 3));
            if (!isOverseas(dom)) {
                throw new InvalidIdentifierException(TYPE, "unknown overseas department or collectivité " + dom);
            }
            requireNonZero(value.substring(3));
        } else {
            requireNonZero(value.substring(2));
        }
    }

    static boolean isOverseas(int code) {
        return (code >= 971 && code <= 978) || (code >= 984 && code <= 989 && code != 985);
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
     * The canonical form: 5 characters.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return value;
    }
}
