package fr.eadmin.core.notification;

import static fr.eadmin.core.format.FrenchFormats.NBSP;
import static fr.eadmin.core.format.FrenchFormats.NNBSP;

/**
 * French typography for the text of email templates (never for the values inserted in them): a no-break space
 * before a colon, inside « guillemets » and after n°, a narrow no-break space before ; ! ?, the typographic
 * apostrophe between letters. An ordinary space already there is replaced; a missing one is added before ; : ! ? when the
 * sign ends a word (followed by a space or the end of a line), so that {@code https://}, {@code 14:30} and
 * {@code ?page=2} are left alone.
 */
final class FrenchTypography {
    private FrenchTypography() {}

    static String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char previous = i == 0 ? '\n' : text.charAt(i - 1);
            char next = i + 1 < n ? text.charAt(i + 1) : '\n';
            switch (c) {
                case '\'' -> out.append(Character.isLetter(previous) && Character.isLetter(next) ? '\u2019' : c);
                case ':', ';', '!', '?', '»' -> {
                    char space = c == ':' || c == '»' ? NBSP : NNBSP;
                    int spaces = trailingSpaces(out);
                    if (spaces > 0 && spaces < out.length() && !isLineBreak(out.charAt(out.length() - spaces - 1))) {
                        out.setLength(out.length() - spaces);
                        out.append(space);
                    } else if (spaces == 0
                            && !isLineBreak(previous)
                            && "«;:!?".indexOf(previous) < 0
                            && (c == '»' || Character.isWhitespace(next) || next == NBSP)) {
                        out.append(space);
                    }
                    out.append(c);
                }
                case '«' -> {
                    out.append(c);
                    int j = i + 1;
                    while (j < n && isSpace(text.charAt(j))) {
                        j++;
                    }
                    if (j < n && !isLineBreak(text.charAt(j))) {
                        out.append(NBSP);
                    }
                    i = j - 1;
                }
                case ' ' -> {
                    boolean afterNumero = out.length() >= 2
                            && out.charAt(out.length() - 1) == '°'
                            && (out.charAt(out.length() - 2) == 'n' || out.charAt(out.length() - 2) == 'N')
                            && (out.length() == 2 || !Character.isLetterOrDigit(out.charAt(out.length() - 3)));
                    out.append(afterNumero ? NBSP : c);
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int trailingSpaces(StringBuilder out) {
        int count = 0;
        while (count < out.length() && isSpace(out.charAt(out.length() - 1 - count))) {
            count++;
        }
        return count;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == NBSP || c == NNBSP || c == '\t';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
