package fr.eadmin.core.demande;

/** Where a demande stands. */
public enum DemandeState {
    /** Being filled in; nothing has been received by the administration. */
    BROUILLON,
    /** Received by the administration (the accusé de réception was issued); not yet examined. */
    DEPOSEE,
    /** Being examined by the service in charge. */
    EN_INSTRUCTION,
    /** Pièces or corrections were requested; waiting for the usager. */
    INCOMPLETE,
    /** Accepted, expressly or by silence. */
    ACCEPTEE,
    /** Refused, expressly or by silence. */
    REFUSEE,
    /** Closed without a decision on the merits: withdrawn, pièces never produced, duplicate. */
    CLASSEE_SANS_SUITE;

    /**
     * Whether this state is a decision (the end of the examination, until an agent reopens it).
     *
     * @return true for {@link #ACCEPTEE}, {@link #REFUSEE} and {@link #CLASSEE_SANS_SUITE}
     */
    public boolean isDecision() {
        return this == ACCEPTEE || this == REFUSEE || this == CLASSEE_SANS_SUITE;
    }

    /**
     * Whether the administration has received the demande and not decided on it yet: its delay may run.
     *
     * @return true for {@link #DEPOSEE}, {@link #EN_INSTRUCTION} and {@link #INCOMPLETE}
     */
    public boolean isPending() {
        return this == DEPOSEE || this == EN_INSTRUCTION || this == INCOMPLETE;
    }
}
