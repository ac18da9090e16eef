package fr.eadmin.archive.seda;

/** What can be wrong with a transfer package. */
public enum SipProblemCode {
    /** The file is not a readable zip (no entry, or a damaged structure). */
    NOT_A_ZIP,
    /** An entry's path is absolute, climbs out with {@code ..}, uses backslashes or control characters. */
    UNSAFE_PATH,
    /** Two entries have the same path. */
    DUPLICATE_ENTRY,
    /** There are more entries than the limit. */
    TOO_MANY_ENTRIES,
    /** An entry expands beyond the size limit: reading stopped. */
    ENTRY_TOO_LARGE,
    /** The entries together expand beyond the size limit: reading stopped. */
    TOTAL_TOO_LARGE,
    /** An entry expands far more than real documents do (a zip bomb): reading stopped. */
    COMPRESSION_RATIO_EXCEEDED,
    /** There is no {@code manifest.xml} at the root. */
    MANIFEST_MISSING,
    /** The manifest is not well-formed XML (or declares a DTD). */
    MANIFEST_NOT_WELL_FORMED,
    /** The manifest's root is not a SEDA 2.2 {@code ArchiveTransfer}. */
    MANIFEST_NOT_SEDA,
    /** The manifest does not validate against the SEDA 2.2 schema. */
    MANIFEST_SCHEMA_INVALID,
    /** A data object has no {@code Uri}, or two data objects have the same one. */
    BAD_URI,
    /** A data object's {@code Uri} names no entry of the package. */
    MISSING_FILE,
    /** A file's digest differs from the manifest's. */
    DIGEST_MISMATCH,
    /** A file's size differs from the manifest's. */
    SIZE_MISMATCH,
    /** The manifest uses a digest algorithm other than SHA-512. */
    UNSUPPORTED_DIGEST_ALGORITHM,
    /** A file of the package is not described by the manifest. */
    ORPHAN_FILE,
    /** An archive unit refers to a data object the manifest does not describe. */
    DANGLING_REFERENCE
}
