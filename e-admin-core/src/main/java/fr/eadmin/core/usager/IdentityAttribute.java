package fr.eadmin.core.usager;

/**
 * The identity attributes of an {@link Individu} that carry their own {@link Certification}: the "identité
 * pivot" FranceConnect provides, plus the nom d'usage.
 */
public enum IdentityAttribute {
    /** The nom de naissance (family name at birth). */
    NOM_NAISSANCE,
    /** The nom d'usage (married name, or a parent's name added), if any. */
    NOM_USAGE,
    /** The prénoms, in the order of the acte de naissance. */
    PRENOMS,
    /** The sex recorded in the état civil. */
    SEXE,
    /** The date of birth. */
    DATE_NAISSANCE,
    /** The place of birth: commune in France, or country abroad. */
    LIEU_NAISSANCE
}
