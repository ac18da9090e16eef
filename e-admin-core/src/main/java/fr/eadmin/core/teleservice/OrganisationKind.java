package fr.eadmin.core.teleservice;

/** Who owns a téléservice: the town itself or a partner body running its procedure on the town's portal. */
public enum OrganisationKind {
    /** The town (commune) or the intercommunalité that runs the portal. */
    TOWN,
    /** A partner body: CCAS, syndicat, caisse, association délégataire… */
    PARTNER
}
