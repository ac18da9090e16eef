package fr.eadmin.core.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The parsed text of a template: literal text and {@code {{name}}} placeholders, in order. */
final class TemplateText {
    /** A variable name: lower-case letters, digits and underscores, starting with a letter. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    sealed interface Part permits Literal, Placeholder {}

    record Literal(String text) implements Part {}

    record Placeholder(String name) implements Part {}

    private final List<Part> parts;

    private TemplateText(List<Part> parts) {
        this.parts = parts;
    }

    List<Part> parts() {
        return parts;
    }

    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part instanceof Placeholder placeholder) {
                names.add(placeholder.name());
            }
        }
        return names;
    }

    /** The literal text only, placeholders left out: the shortest the rendered text can be. */
    String literalText() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            }
        }
        return out.toString();
    }

    /**
     * Parses a template's text.
     *
     * @param code the template's code, for the exception
     * @param field which text this is ({@code "subject"} or {@code "body"}), for the exception
     * @throws InvalidTemplateException if a {@code {{} does not open a placeholder or a {@code }}} closes none
     */
    static TemplateText parse(String code, String field, String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            int strayClose = text.indexOf("}}", i);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                throw malformed(code, field, strayClose, "}} closes no placeholder");
            }
            if (open < 0) {
                parts.add(new Literal(text.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Literal(text.substring(i, open)));
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw malformed(code, field, open, "{{ is not closed");
            }
            String name = text.substring(open + 2, close);
            if (!NAME.matcher(name).matches()) {
                throw malformed(
                        code,
                        field,
                        open,
                        "a placeholder is {{name}}, the name made of lower-case letters, digits and underscores,"
                                + " starting with a letter (at most 64)");
            }
            parts.add(new Placeholder(name));
            i = close + 2;
        }
        return new TemplateText(List.copyOf(parts));
    }

    private static InvalidTemplateException malformed(String code, String field, int index, String reason) {
        return new InvalidTemplateException(code, field + ", position " + (index + 1) + ": " + reason, null);
    }
}
