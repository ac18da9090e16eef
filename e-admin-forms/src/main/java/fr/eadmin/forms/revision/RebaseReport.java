package fr.eadmin.forms.revision;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Rebase} did with each answer of a draft.
 *
 * @param from the version the draft followed
 * @param to the version it follows now
 * @param entries one entry per answer, in the order of the draft
 */
public record RebaseReport(int from, int to, List<Entry> entries) {
    /** Validates the report. */
    public RebaseReport {
        entries = List.copyOf(entries);
    }

    /** What happened to one answer. */
    public enum Outcome {
        /** Kept as it was. */
        KEPT,
        /** Kept, converted to the new type of its field or moved to the new place of its field. */
        CONVERTED,
        /** Dropped: the usager answers again. */
        DROPPED
    }

    /**
     * What happened to one answer.
     *
     * @param path where the answer was in the draft: {@code nom}, {@code enfants[0].prenom}
     * @param newPath where it is now ({@code enfants[0].nom} when moved into a block), empty when dropped
     * @param outcome kept, converted or dropped
     * @param reason a stable code: {@code same-type} when kept; {@code integer-to-decimal}, {@code
     *     decimal-to-integer}, {@code short-to-long-text}, {@code long-to-short-text}, {@code
     *     single-to-multiple-choice}, {@code multiple-to-single-choice}, {@code text-to-identifier}, {@code
     *     identifier-to-text}, {@code identifier-kind}, {@code yes-no-checkbox}, {@code option-removed} (some
     *     choices dropped), {@code moved-into-block}, {@code moved-out-of-block}, {@code moved-between-blocks} when
     *     converted; {@code field-removed}, {@code unknown-field}, {@code incompatible-type}, {@code
     *     option-removed}, {@code not-an-identifier}, {@code not-an-integer}, {@code too-long}, {@code
     *     several-choices}, {@code not-an-answer}, {@code several-occurrences}, {@code too-many-occurrences},
     *     {@code not-a-list} when dropped
     */
    public record Entry(String path, String newPath, Outcome outcome, String reason) {
        /** Validates the entry. */
        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(newPath, "newPath");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The answers kept as they were.
     *
     * @return the entries
     */
    public List<Entry> kept() {
        return with(Outcome.KEPT);
    }

    /**
     * The answers converted or moved.
     *
     * @return the entries
     */
    public List<Entry> converted() {
        return with(Outcome.CONVERTED);
    }

    /**
     * The answers dropped, each with its reason.
     *
     * @return the entries
     */
    public List<Entry> dropped() {
        return with(Outcome.DROPPED);
    }

    private List<Entry> with(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).toList();
    }
}
