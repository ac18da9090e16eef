package fr.eadmin.identity.authz;

/** What an account wants to do with a demande or a dossier usager. */
public enum Action {
    /** Read it. The only action a read-only grant allows. */
    CONSULTER,
    /** File a demande (deposit a draft). */
    DEPOSER,
    /** Add to it: answers, pièces justificatives. */
    COMPLETER,
    /** Examine a demande: start the instruction, ask for pièces. Agents only. */
    INSTRUIRE,
    /** Decide on a demande: accept, refuse, classer sans suite, reopen. Agents only. */
    DECIDER;

    /**
     * Whether only agents may do this.
     *
     * @return {@code true} for {@link #INSTRUIRE} and {@link #DECIDER}
     */
    public boolean isAgentOnly() {
        return this == INSTRUIRE || this == DECIDER;
    }

    /**
     * Whether this action makes sense on a dossier usager, which has no instruction nor decision of its own.
     *
     * @return {@code true} for {@link #CONSULTER} and {@link #COMPLETER}
     */
    public boolean appliesToDossier() {
        return this == CONSULTER || this == COMPLETER;
    }
}
