package fr.eadmin.archive.retention;

/** What happens to a record once its DUA has run out (sort final). */
public enum FinalFate {
    /** Kept for ever: transferred to the archive service (conservation définitive). */
    KEEP,
    /** Destroyed, after the archive service approves an elimination proposal. */
    DESTROY,
    /** Sorted by the archivist: some kept, some destroyed (tri). */
    SORT
}
