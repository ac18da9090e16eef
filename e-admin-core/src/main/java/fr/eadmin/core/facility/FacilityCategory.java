package fr.eadmin.core.facility;

/** What a facility is, with the code published in the open data and a French label. */
public enum FacilityCategory {
    /** The mairie, or a mairie annexe. */
    MAIRIE("mairie", "Mairie"),
    /** A room the town lends or rents: salle polyvalente, salle des fêtes, salle de réunion. */
    SALLE("salle", "Salle municipale"),
    /** A sports facility: gymnase, stade, courts de tennis, piscine. */
    EQUIPEMENT_SPORTIF("equipement_sportif", "Équipement sportif"),
    /** The médiathèque or bibliothèque. */
    MEDIATHEQUE("mediatheque", "Médiathèque"),
    /** A school: école maternelle or élémentaire. */
    ECOLE("ecole", "École"),
    /** A childcare or youth facility: crèche, accueil de loisirs. */
    PETITE_ENFANCE_JEUNESSE("petite_enfance_jeunesse", "Petite enfance et jeunesse"),
    /** A social service: CCAS, maison France services. */
    SOCIAL("social", "Action sociale"),
    /** A cultural venue other than the médiathèque: musée, salle de spectacle, école de musique. */
    CULTURE("culture", "Culture"),
    /** A technical facility open to the public: déchetterie, services techniques. */
    TECHNIQUE("technique", "Services techniques"),
    /** A cemetery. */
    CIMETIERE("cimetiere", "Cimetière"),
    /** Anything else. */
    AUTRE("autre", "Autre");

    private final String code;
    private final String label;

    FacilityCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /**
     * The code published in the open data ({@code categorie} column).
     *
     * @return the code, lower-case snake_case such as {@code "equipement_sportif"}
     */
    public String code() {
        return code;
    }

    /**
     * The French label, for people.
     *
     * @return the label, such as {@code "Équipement sportif"}
     */
    public String label() {
        return label;
    }
}
