package fr.eadmin.core.usager;

/** Where a {@link QuotientFamilial} comes from. */
public enum SourceQuotientFamilial {
    /** The Caisse d'allocations familiales (attestation or API). */
    CAF,
    /** The Mutualité sociale agricole, for the agricultural regime. */
    MSA,
    /** Computed by the town from the avis d'imposition. */
    AVIS_IMPOSITION,
    /** Computed by the town with its own formula from the documents supplied. */
    CALCUL_COMMUNE,
    /** Declared by the usager, not yet checked. */
    DECLARATION
}
