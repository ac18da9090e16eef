package fr.eadmin.core.blob;

/** What {@link FileSystemBlobStore#verify(fr.eadmin.core.spi.BlobRef)} found when it re-read a blob. */
public enum BlobIntegrity {
    /** The stored content still has the digest and size of its reference. */
    INTACT,
    /** No blob is stored under this reference. */
    MISSING,
    /** A file is stored under this reference but its content no longer has the digest or size it names. */
    CORRUPT
}
