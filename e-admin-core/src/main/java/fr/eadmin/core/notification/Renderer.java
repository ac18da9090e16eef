package fr.eadmin.core.notification;

import fr.eadmin.core.format.FrenchFormats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Renders a {@link MessageTemplate} with its variables: the rules of {@link MessageTemplates#render}. */
final class Renderer {
    private Renderer() {}

    static RenderedMessage render(
            MessageTemplate template, Map<String, ?> variables, Set<String> declared, int maxSmsSegments) {
        String code = template.code();
        String subjectText = template.subject();
        TemplateText subject = subjectText == null ? null : TemplateText.parse(code, "subject", subjectText);
        TemplateText body = TemplateText.parse(code, "body", template.body());

        Set<String> placeholders = new LinkedHashSet<>();
        if (subject != null) {
            placeholders.addAll(subject.placeholders());
        }
        placeholders.addAll(body.placeholders());

        Map<String, Object> given = new HashMap<>();
        for (Map.Entry<String, ?> entry : variables.entrySet()) {
            String name = Objects.requireNonNull(entry.getKey(), "variable name");
            if (entry.getValue() != null) {
                given.put(name, entry.getValue());
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!placeholders.contains(name) && !declared.contains(name)) {
                unknown.add(name);
            }
        }
        unknown.sort(null);
        for (String placeholder : placeholders) {
            if (!given.containsKey(placeholder)) {
                throw new MissingTemplateVariableException(code, placeholder, closest(placeholder, unknown));
            }
        }
        Set<String> known = new LinkedHashSet<>(placeholders);
        known.addAll(declared);
        for (String name : unknown) {
            String suggestion = closest(name, known);
            if (suggestion != null) {
                throw new TemplateVariableTypoException(code, name, suggestion);
            }
        }

        NotificationChannel channel = template.channel();
        Map<String, String> formatted = new HashMap<>();
        for (String placeholder : placeholders) {
            formatted.put(placeholder, format(code, placeholder, given.get(placeholder), channel));
        }
        String renderedSubject = subject == null ? null : fill(subject, formatted, true);
        String renderedBody = fill(body, formatted, false);
        if (channel == NotificationChannel.SMS) {
            SmsLength length = SmsLength.of(renderedBody);
            if (length.segments() > maxSmsSegments) {
                throw new SmsTooLongException(code, length, maxSmsSegments);
            }
        }
        return new RenderedMessage(code, channel, renderedSubject, renderedBody);
    }

    private static String fill(TemplateText text, Map<String, String> values, boolean oneLine) {
        StringBuilder out = new StringBuilder();
        for (TemplateText.Part part : text.parts()) {
            if (part instanceof TemplateText.Literal literal) {
                out.append(literal.text());
            } else if (part instanceof TemplateText.Placeholder placeholder) {
                String value = Objects.requireNonNull(values.get(placeholder.name()));
                out.append(oneLine ? oneLine(value) : value);
            }
        }
        return out.toString();
    }

    /** A subject is one line: line breaks and other control characters in a value become spaces. */
    private static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }

    private static String format(String code, String name, @Nullable Object value, NotificationChannel channel) {
        Objects.requireNonNull(value, name);
        String text;
        if (value instanceof Collection<?> items) {
            if (items.isEmpty()) {
                throw new InvalidTemplateValueException(code, name, "is an empty list");
            }
            List<String> lines = new ArrayList<>(items.size());
            for (Object item : items) {
                if (item == null || item instanceof Collection<?>) {
                    throw new InvalidTemplateValueException(
                            code, name, "is a list holding a null or a list; its items are texts, dates or numbers");
                }
                lines.add(scalar(code, name, item, channel));
            }
            text = channel == NotificationChannel.EMAIL ? "- " + String.join("\n- ", lines) : String.join(", ", lines);
        } else {
            text = scalar(code, name, value, channel);
        }
        checkCarriable(code, name, text);
        return text;
    }

    private static String scalar(String code, String name, Object value, NotificationChannel channel) {
        boolean email = channel == NotificationChannel.EMAIL;
        char space = email ? FrenchFormats.NBSP : ' ';
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof LocalDate date) {
            return email ? FrenchFormats.longDate(date) : FrenchFormats.shortDate(date);
        }
        if (value instanceof LocalTime time) {
            return FrenchFormats.time(time, space);
        }
        if (value instanceof LocalDateTime dateTime) {
            return FrenchFormats.dateTime(dateTime, email, space);
        }
        if (value instanceof ZonedDateTime dateTime) {
            return FrenchFormats.dateTime(
                    dateTime.withZoneSameInstant(FrenchFormats.PARIS).toLocalDateTime(), email, space);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return FrenchFormats.dateTime(
                    dateTime.atZoneSameInstant(FrenchFormats.PARIS).toLocalDateTime(), email, space);
        }
        if (value instanceof Instant instant) {
            return FrenchFormats.dateTime(instant.atZone(FrenchFormats.PARIS).toLocalDateTime(), email, space);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return FrenchFormats.integer(((Number) value).longValue(), email ? FrenchFormats.NNBSP : ' ');
        }
        throw new InvalidTemplateValueException(
                code,
                name,
                "has type " + value.getClass().getName()
                        + ", which templates do not format: give a text, a date, a time, a date and time, an integer"
                        + " or a list of these");
    }

    /** Refuses what neither a database nor a channel can carry: U+0000 and lone surrogates. */
    private static void checkCarriable(String code, String name, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new InvalidTemplateValueException(code, name, "holds the character U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidTemplateValueException(code, name, "holds a lone surrogate");
            }
        }
    }

    /**
     * The name among the candidates that the given one looks like a misspelling of: the same but for case, or,
     * when both have at least 4 characters, one edit away (two when both have at least 6), an edit being a
     * letter inserted, deleted, replaced, or two neighbours swapped.
     */
    static @Nullable String closest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            String other = candidate.toLowerCase(Locale.ROOT);
            int distance = lower.equals(other) ? 0 : distance(lower, other);
            int shorter = Math.min(lower.length(), other.length());
            int allowed = shorter >= 6 ? 2 : shorter >= 4 ? 1 : 0;
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
