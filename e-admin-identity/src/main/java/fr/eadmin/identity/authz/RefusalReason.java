package fr.eadmin.identity.authz;

/**
 * Why an {@link Authorizer} refused: a closed set of stable reasons, whose {@link #code()} an application may
 * store, count or translate.
 */
public enum RefusalReason {
    /** The account is not active (awaiting verification, locked or closed). */
    COMPTE_INACTIF("compte.inactif"),
    /** The usager account is linked to no individu. */
    COMPTE_NON_RATTACHE("compte.non-rattache"),
    /** The usager the account would act for is not stored. */
    USAGER_INCONNU("usager.inconnu"),
    /** The account holds no mandate for the usager. */
    SANS_MANDAT("mandat.absent"),
    /** The account may only consult this usager (a read-only grant). */
    LECTURE_SEULE("mandat.lecture-seule"),
    /** Only agents instruct and decide. */
    RESERVE_AUX_AGENTS("action.reservee-aux-agents"),
    /** The action has no meaning on a dossier usager. */
    ACTION_NON_APPLICABLE("action.non-applicable"),
    /** The agent's organisation (its SIREN) is not known to the portal. */
    ORGANISATION_INCONNUE("organisation.inconnue"),
    /** The téléservice of the demande belongs to another organisation than the agent's. */
    AUTRE_ORGANISATION("organisation.autre"),
    /** The téléservice of the demande is not in the catalogue. */
    TELESERVICE_INCONNU("teleservice.inconnu"),
    /** An agent of a partner organisation sees demandes of its own téléservices, not dossiers usagers. */
    DOSSIER_RESERVE_A_LA_COLLECTIVITE("dossier.reserve-a-la-collectivite");

    private final String code;

    RefusalReason(String code) {
        this.code = code;
    }

    /**
     * The stable code of this reason, such as {@code mandat.absent}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
