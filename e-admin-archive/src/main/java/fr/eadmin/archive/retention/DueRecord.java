package fr.eadmin.archive.retention;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record with the rule that applies to it and the day its DUA runs out.
 *
 * @param record the record
 * @param rule the rule
 * @param startDate the day of the rule's start event
 * @param dueDate the first day of its final fate
 */
public record DueRecord(ClosedRecord record, RetentionRule rule, LocalDate startDate, LocalDate dueDate) {
    /** Checks the values. */
    public DueRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /**
     * The final fate.
     *
     * @return the rule's fate
     */
    public FinalFate fate() {
        return rule.fate();
    }
}
