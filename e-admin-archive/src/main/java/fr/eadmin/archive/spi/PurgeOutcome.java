package fr.eadmin.archive.spi;

/** What a purge did to one record. */
public enum PurgeOutcome {
    /** The operational data was deleted. */
    PURGED,
    /** The operational data was kept for statistics but stripped of personal data. */
    PSEUDONYMISED,
    /** There was nothing left to purge. */
    ALREADY_ABSENT,
    /** This kind of record cannot be purged by this implementation: it stays, and the caller must act. */
    UNSUPPORTED
}
