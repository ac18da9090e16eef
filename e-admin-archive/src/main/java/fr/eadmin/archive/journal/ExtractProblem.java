package fr.eadmin.archive.journal;

import java.util.Objects;

/**
 * One problem found in a journal file.
 *
 * @param line the line of the file (from 1) where it was found, or 0 for the file as a whole
 * @param position the journal position concerned, or 0 when none
 * @param code what is wrong
 */
public record ExtractProblem(long line, long position, Code code) {
    /** Checks the values. */
    public ExtractProblem {
        Objects.requireNonNull(code, "code");
    }

    /** What can be wrong with a journal file. */
    public enum Code {
        /** The first line does not name the format of a journal file. */
        NOT_A_JOURNAL_FILE,
        /** A line is not a readable entry or seal (bad JSON, missing or malformed field). */
        UNREADABLE_LINE,
        /** An entry's hash does not match its content: it was changed. */
        ENTRY_MODIFIED,
        /** An entry's previous hash is not the hash of the entry at the position before it. */
        CHAIN_BROKEN,
        /** A whole export lacks a position: an entry was removed. */
        POSITION_GAP,
        /** A position is repeated or goes backwards. */
        POSITION_DUPLICATE,
        /** A seal names another hash than the entry at its position. */
        SEAL_MISMATCH,
        /** A seal's timestamp token does not attest its hash. */
        SEAL_INVALID,
        /** A whole export ends before a seal's position: entries were removed from the end. */
        TRUNCATED,
        /** An entry of a subject extract is about another subject. */
        FOREIGN_SUBJECT
    }
}
