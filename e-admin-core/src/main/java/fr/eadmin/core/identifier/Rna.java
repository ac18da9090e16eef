package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * An RNA number: the identifier the Répertoire national des associations (ministère de l'Intérieur) gives
 * every association déclarée, a {@code W} followed by 9 characters.
 *
 * <p>Rules (<a href="https://www.associations.gouv.fr/immatriculation.html">associations.gouv.fr,
 * immatriculation</a>; arrêté du 14 octobre 2009 portant création du RNA): {@code W}, then 3 characters
 * naming the préfecture or sous-préfecture that registered the association, then a 6-digit sequence. RNA
 * numbers carry no check digit.
 *
 * @param value the 10 characters, {@code W} first
 */
public record Rna(String value) {
    private static final String TYPE = "RNA";

    /**
     * Checks the value, which must already be in canonical form (10 characters, upper case, no separators).
     *
     * @throws InvalidIdentifierException if the value is not a valid RNA number
     */
    public Rna {
        Objects.requireNonNull(value, "value");
        check(value);
    }

    /**
     * Parses an RNA number, ignoring spaces, no-break spaces, dots and dashes, and case.
     *
     * @param text the RNA number as typed, such as {@code "w751 012345"}
     * @return the RNA number
     * @throws InvalidIdentifierException if the text is not a valid RNA number; the message says why
     */
    public static Rna parse(String text) {
        return new Rna(Chars.compact(text, "text"));
    }

    /**
     * Whether the text parses as an RNA number.
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
        Chars.requireLength(TYPE, value, 10, "characters");
        if (value.charAt(0) != 'W') {
            throw new InvalidIdentifierException(TYPE, "must start with the letter W");
        }
        for (int i = 1; i < 4; i++) {
            char c = value.charAt(i);
            if (!Chars.isDigit(c) && !(c >= 'A' && c <= 'Z')) {
                throw new InvalidIdentifierException(
                        TYPE, "character at position " + (i + 1) + " is neither a digit nor a letter");
            }
        }
        Chars.requireDigits(TYPE, value, 4, 10, "sequence number");
    }

    /**
     * The 3 characters after the {@code W}, which name the préfecture or sous-préfecture that registered the
     * association.
     *
     * @return the registering office code
     */
    public String greffe() {
        return value.substring(1, 4);
    }

    /**
     * The canonical form: {@code W} and 9 characters without separators.
     *
     * @return the 10 characters
     */
    @Override
    public String toString() {
        return value;
    }
}
