package fr.eadmin.core;

/**
 * How a usager reached the administration: the channel a demande was filed through, or an action was taken
 * on. A téléservice says which channels it accepts; one dossier usager gathers demandes from all of them.
 */
public enum Channel {
    /** Online, from the portal. */
    INTERNET,
    /** At the counter, an agent entering the demande on the usager's behalf. */
    GUICHET,
    /** By telephone, an agent entering the demande. */
    TELEPHONE,
    /** By post, an agent entering the demande from the letter. */
    COURRIER,
    /** From a self-service kiosk in a public building. */
    BORNE;

    /**
     * Whether an agent, not the usager, keys in what comes through this channel.
     *
     * @return true for the guichet, telephone and courrier
     */
    public boolean isAssisted() {
        return this == GUICHET || this == TELEPHONE || this == COURRIER;
    }
}
