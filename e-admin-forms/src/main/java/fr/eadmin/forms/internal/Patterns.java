package fr.eadmin.forms.internal;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The regular expressions of definitions, in RE2 syntax: matching is linear in the text whatever the expression,
 * and compiling is bounded too, as expressions are at most {@value #MAX_LENGTH} characters and nested counted
 * repetitions ({@code ((a{1000}){1000}){1000}}, which would compile to a billion instructions) multiply to at most
 * {@value #MAX_REPETITION}.
 */
public final class Patterns {
    /** The longest expression accepted. */
    public static final int MAX_LENGTH = 2_000;

    /** The largest product of nested counted repetitions accepted. */
    public static final long MAX_REPETITION = 1_000;

    private Patterns() {}

    /**
     * Checks and compiles an expression.
     *
     * @param pattern the expression
     * @return the compiled expression
     * @throws IllegalArgumentException starting with {@code invalid regular expression} if it is not valid RE2
     *     syntax or is beyond the limits
     */
    public static Pattern compile(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("invalid regular expression: longer than " + MAX_LENGTH + " characters");
        }
        if (repetition(pattern) > MAX_REPETITION) {
            throw new IllegalArgumentException(
                    "invalid regular expression: nested repetitions exceed " + MAX_REPETITION);
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression: " + e.getDescription());
        }
    }

    /**
     * The largest product of nested counted repetitions of an expression, read without a full parser: escapes and
     * character classes are skipped, groups nest, {@code {n}}, {@code {n,}} and {@code {n,m}} multiply the atom
     * or group before them.
     *
     * @param pattern the expression
     * @return the product, at least 1
     */
    static long repetition(String pattern) {
        Deque<Long> enclosing = new ArrayDeque<>();
        long current = 1;
        long last = 1;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i += 2;
                last = 1;
            } else if (c == '[') {
                i = classEnd(pattern, i);
                last = 1;
            } else if (c == '(') {
                enclosing.push(current);
                current = 1;
                last = 1;
                i++;
            } else if (c == ')') {
                last = current;
                current = Math.max(enclosing.isEmpty() ? 1 : enclosing.pop(), current);
                i++;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                long count = end < 0 ? -1 : count(pattern.substring(i + 1, end));
                if (count < 0) {
                    last = 1;
                    i++;
                } else {
                    last = Math.min(last * Math.max(count, 1), MAX_REPETITION * MAX_REPETITION);
                    current = Math.max(current, last);
                    i = end + 1;
                }
            } else {
                last = 1;
                i++;
            }
        }
        while (!enclosing.isEmpty()) {
            current = Math.max(current, enclosing.pop());
        }
        return current;
    }

    /** The largest count of {@code n}, {@code n,} or {@code n,m}, or -1 when the braces are a literal. */
    private static long count(String inside) {
        int comma = inside.indexOf(',');
        String low = comma < 0 ? inside : inside.substring(0, comma);
        String high = comma < 0 ? "" : inside.substring(comma + 1);
        if (!low.matches("[0-9]{1,9}") || !high.matches("[0-9]{0,9}")) {
            return -1;
        }
        return high.isEmpty() ? Long.parseLong(low) : Math.max(Long.parseLong(low), Long.parseLong(high));
    }

    /** The index after the {@code ]} closing the class opened at {@code start}. */
    private static int classEnd(String pattern, int start) {
        int i = start + 1;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        while (i < pattern.length() && pattern.charAt(i) != ']') {
            i += pattern.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
