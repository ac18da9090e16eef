package fr.eadmin.archive.store;

import java.util.List;

/**
 * The outcome of re-hashing every file of the archive store. Paths are relative to the store's root.
 *
 * @param checked how many files were re-hashed
 * @param missing files whose digest is recorded but which are gone
 * @param corrupt files whose content no longer has the recorded digest
 * @param unexpected files the store did not write (no recorded digest)
 */
public record ArchiveAuditReport(long checked, List<String> missing, List<String> corrupt, List<String> unexpected) {
    /** Copies the lists. */
    public ArchiveAuditReport {
        missing = List.copyOf(missing);
        corrupt = List.copyOf(corrupt);
        unexpected = List.copyOf(unexpected);
    }

    /**
     * Whether every file is present and intact and nothing else is there.
     *
     * @return true if intact
     */
    public boolean isIntact() {
        return missing.isEmpty() && corrupt.isEmpty() && unexpected.isEmpty();
    }
}
