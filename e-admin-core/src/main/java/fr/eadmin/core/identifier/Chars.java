package fr.eadmin.core.identifier;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Shared normalisation and checksum helpers for the identifiers of this package. */
final class Chars {
    /** Per thread: whether an {@code isValid} or a quiet parse is running (one element, changed in place). */
    private static final ThreadLocal<boolean[]> QUIET = ThreadLocal.withInitial(() -> new boolean[1]);

    private Chars() {}

    /**
     * Strips surrounding white space (line ends of a pasted value included), removes the separators people type
     * inside identifiers (spaces, tabs, no-break spaces, narrow and figure spaces, dots, dashes and hyphens) and
     * upper-cases ASCII letters.
     */
    static String compact(String text, String name) {
        Objects.requireNonNull(text, name);
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Whether a parser accepts the text: the body of every identifier's {@code isValid}.
     *
     * @param text the text, not null
     * @param parser the identifier's {@code parse}
     * @return true if it parses, false if it throws {@link InvalidIdentifierException}
     */
    static boolean parses(String text, Function<String, ?> parser) {
        Objects.requireNonNull(text, "text");
        return parsed(text, parser) != null;
    }

    /**
     * What a parser gives for the text, or null if it throws {@link InvalidIdentifierException}, which is then
     * built without a stack trace.
     */
    static <T> @Nullable T parsed(String text, Function<String, T> parser) {
        boolean[] quiet = QUIET.get();
        boolean outer = quiet[0];
        quiet[0] = true;
        try {
            return Objects.requireNonNull(parser.apply(text), "parsed");
        } catch (InvalidIdentifierException e) {
            return null;
        } finally {
            quiet[0] = outer;
        }
    }

    /**
     * Whether the current thread is inside {@link #parsed}, where an {@link InvalidIdentifierException} only
     * means "not valid" and is caught at once: it then needs no stack trace.
     */
    static boolean isQuiet() {
        return QUIET.get()[0];
    }

    static boolean isSeparator(char c) {
        return c == ' '
                || c == '\t'
                || c == '\u00A0'
                || c == '\u202F'
                || c == '\u2007'
                || c == '.'
                || c == '-'
                || c == '\u2010'
                || c == '\u2011';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAllDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Throws unless every character in the range is an ASCII digit; the message names the part ({@code what}, may
     * be empty) and gives the 1-based position, never the character.
     */
    static void requireDigits(String type, String value, int from, int to, String what) {
        for (int i = from; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                String where = "character at position " + (i + 1) + " is not a digit";
                throw new InvalidIdentifierException(type, what.isEmpty() ? where : what + ": " + where);
            }
        }
    }

    static void requireLength(String type, String value, int length, String unit) {
        if (value.length() != length) {
            throw new InvalidIdentifierException(type, "must have " + length + " " + unit + ", got " + value.length());
        }
    }

    static int digit(String value, int index) {
        return value.charAt(index) - '0';
    }

    static int twoDigits(String value, int index) {
        return digit(value, index) * 10 + digit(value, index + 1);
    }

    /** Whether a string of digits passes the Luhn check (ISO/IEC 7812-1 annex B). */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digit(digits, i);
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The sum of the digits of a string of digits. */
    static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digit(digits, i);
        }
        return sum;
    }
}
