package fr.eadmin.core.usager;

/** The sex recorded in the état civil (acte de naissance), as the two values French civil status knows. */
public enum Sexe {
    /** Féminin ("F" in the état civil, 2 as the first digit of the NIR). */
    FEMININ,
    /** Masculin ("M" in the état civil, 1 as the first digit of the NIR). */
    MASCULIN
}
