package fr.eadmin.core.usager;

/** The four kinds of usager; a stored usager never changes kind. */
public enum UsagerKind {
    /** A person: {@link Individu}. */
    INDIVIDU,
    /** A family or household: {@link Foyer}. */
    FOYER,
    /** A company establishment, identified by its SIRET: {@link Entreprise}. */
    ENTREPRISE,
    /** An association, identified by its RNA number: {@link Association}. */
    ASSOCIATION
}
