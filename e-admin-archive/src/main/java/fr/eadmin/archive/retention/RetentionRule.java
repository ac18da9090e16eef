package fr.eadmin.archive.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A retention rule of the referential: how long records are kept (DUA), from which event, and their final
 * fate.
 *
 * @param code the rule's code, such as {@code DUA-SCOLAIRE-10A}: letters, digits, dash, underscore, dot
 * @param label a label for the archivist
 * @param duration the DUA, such as {@code P10Y}; zero or positive
 * @param startEvent the event the DUA runs from
 * @param fate the final fate
 */
public record RetentionRule(String code, String label, Period duration, StartEvent startEvent, FinalFate fate) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public RetentionRule {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be 1 to 100 letters, digits, '.', '_' or '-'");
        }
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        Objects.requireNonNull(startEvent, "startEvent");
        Objects.requireNonNull(fate, "fate");
    }

    /**
     * The day the DUA runs out for a record whose start event happened on a day.
     *
     * @param start the day of the start event
     * @return the first day the record is due for its final fate
     */
    public LocalDate dueDate(LocalDate start) {
        return Objects.requireNonNull(start, "start").plus(duration);
    }
}
