package fr.eadmin.core.blob;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link FileSystemBlobStore#audit()}: how many blobs were re-hashed and which of them are
 * corrupt on disk.
 *
 * @param checked the number of blobs re-hashed
 * @param corruptSha256 the digests (file names) of the blobs whose content no longer hashes to their name,
 *     in ascending order
 */
public record BlobAuditReport(long checked, List<String> corruptSha256) {
    /** Checks the values and copies the list. */
    public BlobAuditReport {
        if (checked < 0) {
            throw new IllegalArgumentException("checked must not be negative, got " + checked);
        }
        corruptSha256 = List.copyOf(Objects.requireNonNull(corruptSha256, "corruptSha256"));
        if (corruptSha256.size() > checked) {
            throw new IllegalArgumentException("more corrupt blobs than blobs checked");
        }
    }

    /**
     * Tells whether every blob checked was intact.
     *
     * @return true if no corruption was found
     */
    public boolean intact() {
        return corruptSha256.isEmpty();
    }
}
