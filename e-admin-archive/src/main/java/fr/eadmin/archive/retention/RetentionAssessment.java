package fr.eadmin.archive.retention;

import java.util.List;
import java.util.Objects;

/**
 * What the schedule found: records due for their final fate, records still within their DUA, and records
 * it cannot place (no rule for their téléservice, or no date for the rule's start event).
 *
 * @param due the records whose DUA has run out, oldest due date first
 * @param pending the records still within their DUA, soonest first
 * @param unassigned the records that cannot be placed
 */
public record RetentionAssessment(List<DueRecord> due, List<DueRecord> pending, List<Unassigned> unassigned) {
    /** Copies the lists. */
    public RetentionAssessment {
        due = List.copyOf(due);
        pending = List.copyOf(pending);
        unassigned = List.copyOf(unassigned);
    }

    /**
     * The due records of one fate.
     *
     * @param fate the fate
     * @return the due records with this fate
     */
    public List<DueRecord> due(FinalFate fate) {
        Objects.requireNonNull(fate, "fate");
        return due.stream().filter(d -> d.fate() == fate).toList();
    }

    /** Why a record cannot be placed. */
    public enum Reason {
        /** Its téléservice points to no rule. */
        NO_RULE,
        /** It has no date for the rule's start event. */
        NO_START_DATE
    }

    /**
     * A record the schedule cannot place.
     *
     * @param record the record
     * @param reason why
     */
    public record Unassigned(ClosedRecord record, Reason reason) {
        /** Checks the values. */
        public Unassigned {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
