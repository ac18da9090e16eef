package fr.eadmin.test.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates texts matching a simple regular expression: literals, escapes ({@code \d}, {@code \w}, {@code \s},
 * escaped punctuation), {@code .}, classes with ranges ({@code [A-Za-z0-9_-]}), groups ({@code (...)},
 * {@code (?:...)}), alternation and the quantifiers {@code ? * + {n} {n,} {n,m}} (unbounded ones repeat at most 5
 * more times than their minimum); anchors are ignored. Negated classes, back references, look-arounds and Unicode
 * classes are not supported: {@link #compile} refuses them.
 */
final class RegexGenerator {
    private static final String WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
    private static final String DIGITS = "0123456789";
    private static final String ANY = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789éèàç";
    private static final int UNBOUNDED_EXTRA = 5;

    /** A part of an expression that appends one matching text. */
    private interface Part {
        void emit(Random random, StringBuilder out);
    }

    private final String pattern;
    private int at;

    private RegexGenerator(String pattern) {
        this.pattern = pattern;
    }

    /** A compiled expression. */
    static final class Compiled {
        private final Part root;

        private Compiled(Part root) {
            this.root = root;
        }

        String generate(Random random) {
            StringBuilder out = new StringBuilder();
            root.emit(random, out);
            return out.toString();
        }
    }

    /**
     * Compiles an expression for generation.
     *
     * @throws IllegalArgumentException if the expression uses a construct outside the supported subset
     */
    static Compiled compile(String pattern) {
        RegexGenerator parser = new RegexGenerator(pattern);
        Part root = parser.alternation();
        if (parser.at != pattern.length()) {
            throw parser.unsupported();
        }
        return new Compiled(root);
    }

    private IllegalArgumentException unsupported() {
        return new IllegalArgumentException(
                "cannot generate texts for the pattern " + pattern + " (unsupported construct at " + at + ")");
    }

    private boolean more() {
        return at < pattern.length();
    }

    private char peek() {
        return pattern.charAt(at);
    }

    private Part alternation() {
        List<Part> choices = new ArrayList<>();
        choices.add(sequence());
        while (more() && peek() == '|') {
            at++;
            choices.add(sequence());
        }
        if (choices.size() == 1) {
            return choices.get(0);
        }
        return (random, out) -> choices.get(random.nextInt(choices.size())).emit(random, out);
    }

    private Part sequence() {
        List<Part> parts = new ArrayList<>();
        while (more() && peek() != '|' && peek() != ')') {
            Part atom = atom();
            parts.add(quantified(atom));
        }
        return (random, out) -> parts.forEach(p -> p.emit(random, out));
    }

    private Part atom() {
        char c = pattern.charAt(at++);
        switch (c) {
            case '(' -> {
                if (pattern.startsWith("?:", at)) {
                    at += 2;
                } else if (more() && peek() == '?') {
                    throw unsupported();
                }
                Part inner = alternation();
                if (!more() || peek() != ')') {
                    throw unsupported();
                }
                at++;
                return inner;
            }
            case '[' -> {
                return chars(characterClass());
            }
            case '.' -> {
                return chars(ANY);
            }
            case '^', '$' -> {
                return (random, out) -> {};
            }
            case '\\' -> {
                return chars(escape());
            }
            case '*', '+', '?', '{', ')', ']', '|' -> throw unsupported();
            default -> {
                return (random, out) -> out.append(c);
            }
        }
    }

    private static Part chars(String choices) {
        return (random, out) -> out.append(choices.charAt(random.nextInt(choices.length())));
    }

    private String escape() {
        if (!more()) {
            throw unsupported();
        }
        char c = pattern.charAt(at++);
        return switch (c) {
            case 'd' -> DIGITS;
            case 'w' -> WORD;
            case 's' -> " ";
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw unsupported();
                }
                yield String.valueOf(c);
            }
        };
    }

    private String characterClass() {
        if (more() && peek() == '^') {
            throw unsupported();
        }
        StringBuilder chars = new StringBuilder();
        boolean first = true;
        while (more() && (peek() != ']' || first)) {
            first = false;
            char c = pattern.charAt(at++);
            String single;
            if (c == '\\') {
                single = escape();
            } else {
                single = String.valueOf(c);
            }
            if (single.length() == 1 && at + 1 < pattern.length() && peek() == '-' && pattern.charAt(at + 1) != ']') {
                at++;
                char to = pattern.charAt(at++);
                if (to == '\\' || to < single.charAt(0)) {
                    throw unsupported();
                }
                for (char x = single.charAt(0); x <= to; x++) {
                    chars.append(x);
                }
            } else {
                chars.append(single);
            }
        }
        if (!more() || chars.length() == 0) {
            throw unsupported();
        }
        at++;
        return chars.toString();
    }

    private Part quantified(Part atom) {
        if (!more()) {
            return atom;
        }
        int min;
        int max;
        char c = peek();
        if (c == '?') {
            min = 0;
            max = 1;
            at++;
        } else if (c == '*') {
            min = 0;
            max = UNBOUNDED_EXTRA;
            at++;
        } else if (c == '+') {
            min = 1;
            max = 1 + UNBOUNDED_EXTRA;
            at++;
        } else if (c == '{') {
            int close = pattern.indexOf('}', at);
            if (close < 0) {
                throw unsupported();
            }
            String[] bounds = pattern.substring(at + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1
                        ? min
                        : bounds[1].isBlank() ? min + UNBOUNDED_EXTRA : Integer.parseInt(bounds[1].strip());
            } catch (NumberFormatException e) {
                throw unsupported();
            }
            if (bounds.length > 2 || min > max) {
                throw unsupported();
            }
            at = close + 1;
        } else {
            return atom;
        }
        if (more() && (peek() == '?' || peek() == '+')) {
            at++;
        }
        int low = min;
        int high = max;
        return (random, out) -> {
            int times = low + random.nextInt(high - low + 1);
            for (int i = 0; i < times; i++) {
                atom.emit(random, out);
            }
        };
    }
}
