package fr.eadmin.core.identifier;

import java.util.Objects;

/**
 * An RNA number: the identifier the Répertoire national des associations (ministère de l'Intérieur) gives every
 * association déclarée, a {@code W} followed by 9 characters.
 *
 * <p>Structure (arrêté du 14 octobre 2009 portant création du RNA; <a
 * href="https://www.associations.gouv.fr/immatriculation.html">associations.gouv.fr, immatriculation</a>; the
 * open RNA files of data.gouv.fr, whose {@code gestion} column names the registering office): {@code W}, then
 * the 3-character code of the préfecture or sous-préfecture (greffe des associations) that registered the
 * association, then a 6-digit sequence number. The greffe code is the department on 2 characters followed by the
 * number of the office in that department:
 *
 * <ul>
 *   <li>metropolitan departments {@code 01} to {@code 95}, Corsica {@code 2A} and {@code 2B} ({@code
 *       W751253501} was registered in Paris, {@code W595045132} in Lille, {@code W2B2001993} in Haute-Corse);
 *   <li>overseas, {@code 9} followed by a letter, since 3-digit overseas departments do not fit in 2 characters
 *       ({@code W9R1003737} La Réunion, {@code W9T1002867} Mayotte).
 * </ul>
 *
 * <p>Validated strictly: the {@code W}, the length, a department part of one of the forms above (so {@code 00},
 * {@code 96} to {@code 99} and any other letter pair are refused), a digit for the office, 6 digits for the
 * sequence, not all zero. Not validated: whether that greffe exists (the list of sous-préfectures changes) and
 * the letter used by each overseas greffe. RNA numbers carry no check digit, so a mistyped digit in the sequence
 * cannot be detected.
 *
 * <p>Older numbers: the Waldec numbers given before 2010 already had the {@code W} form and became RNA numbers
 * unchanged. The earlier "numéros de dossier" of the préfectures (10 digits, such as {@code 9851000014}, kept in
 * the register's {@code id_ex} column) are not RNA numbers: {@link #parse(String)} refuses them; an association
 * known only by such a number gets a W number at its next formality.
 *
 * <p>Associations whose seat is in Bas-Rhin, Haut-Rhin or Moselle are registered by the tribunal judiciaire under
 * local law, not in the RNA, and usually have no RNA number; the format does not forbid one.
 *
 * @param value the 10 characters, {@code W} first, upper case
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
     * Parses an RNA number, ignoring spaces, no-break spaces, dots, dashes and case.
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
        return Chars.parses(text, Rna::parse);
    }

    private static void check(String value) {
        if (value.length() == 10 && Chars.isAllDigits(value)) {
            throw new InvalidIdentifierException(
                    TYPE, "a 10-digit numéro de dossier from before the RNA is not an RNA number (W + 9 characters)");
        }
        Chars.requireLength(TYPE, value, 10, "characters");
        if (value.charAt(0) != 'W') {
            throw new InvalidIdentifierException(TYPE, "must start with the letter W");
        }
        char d1 = value.charAt(1);
        char d2 = value.charAt(2);
        boolean metropolitan = Chars.isDigit(d1) && Chars.isDigit(d2) && isMetropolitanDepartment(d1, d2);
        boolean corsica = d1 == '2' && (d2 == 'A' || d2 == 'B');
        boolean overseas = d1 == '9' && d2 >= 'A' && d2 <= 'Z';
        if (!metropolitan && !corsica && !overseas) {
            throw new InvalidIdentifierException(
                    TYPE, "characters 2 and 3 must be a department (01 to 95, 2A, 2B) or 9 and a letter overseas");
        }
        Chars.requireDigits(TYPE, value, 3, 4, "registering office number");
        Chars.requireDigits(TYPE, value, 4, 10, "sequence number");
        if (value.endsWith("000000")) {
            throw new InvalidIdentifierException(TYPE, "sequence number must not be 000000");
        }
    }

    private static boolean isMetropolitanDepartment(char d1, char d2) {
        int dept = (d1 - '0') * 10 + (d2 - '0');
        return dept >= 1 && dept <= 95;
    }

    /**
     * The 3 characters after the {@code W}: the code of the préfecture or sous-préfecture that registered the
     * association ({@code "751"}, {@code "2A1"}, {@code "9T1"}).
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
