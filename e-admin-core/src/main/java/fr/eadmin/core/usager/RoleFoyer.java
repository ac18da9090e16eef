package fr.eadmin.core.usager;

/** The place of a member in a {@link Foyer}. */
public enum RoleFoyer {
    /** A parent or guardian who acts for the foyer and its children; every foyer has at least one. */
    RESPONSABLE_LEGAL,
    /** The spouse, partner (PACS) or companion of a responsable légal who is not one. */
    CONJOINT,
    /** A child of the foyer. */
    ENFANT,
    /** Any other member living in the foyer (grandparent, relative...). */
    AUTRE
}
