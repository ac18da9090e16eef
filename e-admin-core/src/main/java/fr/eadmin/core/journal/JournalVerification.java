package fr.eadmin.core.journal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a journal ({@link JournalVerifier}): valid, or the first bad position and what is
 * wrong there. A broken journal is an outcome, not an exception.
 *
 * @param entriesChecked how many entries were read, including the bad one if any
 * @param sealsChecked how many seals were found in agreement with the chain (and their tokens valid, when a
 *     timestamper was given)
 * @param failure the first problem found, or null if the journal is valid
 */
public record JournalVerification(
        long entriesChecked, long sealsChecked, @Nullable Failure failure) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public JournalVerification {
        if (entriesChecked < 0 || sealsChecked < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** What can be wrong with a journal. */
    public enum Problem {
        /**
         * The entry's hash does not match its content (event or previous hash): the entry was changed after
         * it was appended, or cannot even be read back as an entry.
         */
        ENTRY_MODIFIED,
        /**
         * The entry's previous hash is not the hash of the entry before it: an entry was deleted, inserted,
         * moved, or rewritten with a recomputed hash, just before this position.
         */
        CHAIN_BROKEN,
        /** No entry has this position, yet a later one exists: positions have a gap. */
        POSITION_GAP,
        /** The entry's position is not above the previous entry's: a position is repeated, or out of order. */
        POSITION_DUPLICATE,
        /** A seal at this position names another hash than the entry's: the chain was changed after the seal. */
        SEAL_MISMATCH,
        /** A seal's token does not attest its hash: the seal was forged or damaged. */
        SEAL_INVALID,
        /**
         * The journal ends before this position, though a seal or the recorded head shows that entries reached
         * it: entries were removed from the end.
         */
        TRUNCATED,
        /**
         * The chain and the head the journal recorded disagree: the entry at the recorded head position has
         * another hash (the end of the chain was rewritten), or entries lie beyond the recorded head (appended
         * behind the journal's back), or the head record itself is missing or unreadable (position 0).
         */
        HEAD_MISMATCH
    }

    /**
     * The first problem found.
     *
     * @param position the first bad position: the entry that is wrong, the missing position of a gap or of a
     *     truncation, or the position of a bad seal
     * @param problem what is wrong there
     */
    public record Failure(long position, Problem problem) {
        /** Checks the values. */
        public Failure {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * A valid journal.
     *
     * @param entriesChecked how many entries were checked
     * @param sealsChecked how many seals were checked
     * @return the outcome
     */
    public static JournalVerification valid(long entriesChecked, long sealsChecked) {
        return new JournalVerification(entriesChecked, sealsChecked, null);
    }

    /**
     * A broken journal.
     *
     * @param entriesChecked how many entries were read, including the bad one
     * @param sealsChecked how many seals were found good before the problem
     * @param position the first bad position
     * @param problem what is wrong there
     * @return the outcome
     */
    public static JournalVerification invalid(long entriesChecked, long sealsChecked, long position, Problem problem) {
        return new JournalVerification(entriesChecked, sealsChecked, new Failure(position, problem));
    }

    /**
     * Whether the journal is intact.
     *
     * @return true if no problem was found
     */
    public boolean isValid() {
        return failure == null;
    }
}
