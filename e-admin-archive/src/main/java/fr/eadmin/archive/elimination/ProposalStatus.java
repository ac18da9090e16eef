package fr.eadmin.archive.elimination;

/** Where an elimination proposal stands. */
public enum ProposalStatus {
    /** Waiting for the archive service's decision. */
    PROPOSED,
    /** Approved by the archive service: the records may be purged. */
    APPROVED,
    /** Rejected by the archive service: nothing is purged. */
    REJECTED,
    /** Approved and carried out: the operational data was purged. */
    EXECUTED
}
