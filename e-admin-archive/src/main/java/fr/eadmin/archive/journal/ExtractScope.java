package fr.eadmin.archive.journal;

/** What a journal file holds. */
public enum ExtractScope {
    /** The whole journal from position 1: its chain can be checked link by link. */
    FULL,
    /**
     * The entries about one subject (one dossier, one demande): each entry is checked on its own, links only
     * between entries at consecutive positions.
     */
    SUBJECT
}
