package fr.eadmin.core.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fr.eadmin.core.dossier.ValidityRule;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Entreprise;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;

/** Jackson annotations for the sealed hierarchies, kept out of the model types. */
final class Mixins {
    private Mixins() {}

    /** {@code Usager}: a {@code "type"} property names the kind. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Individu.class, name = "individu"),
        @JsonSubTypes.Type(value = Foyer.class, name = "foyer"),
        @JsonSubTypes.Type(value = Entreprise.class, name = "entreprise"),
        @JsonSubTypes.Type(value = Association.class, name = "association")
    })
    interface UsagerMixin {}

    /** {@code LieuNaissance}: a {@code "type"} property says France or abroad. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = LieuNaissance.EnFrance.class, name = "france"),
        @JsonSubTypes.Type(value = LieuNaissance.AEtranger.class, name = "etranger")
    })
    interface LieuNaissanceMixin {}

    /** {@code ValidityRule}: a {@code "type"} property names the rule. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ValidityRule.Permanent.class, name = "permanente"),
        @JsonSubTypes.Type(value = ValidityRule.PeriodFromDocumentDate.class, name = "periode"),
        @JsonSubTypes.Type(value = ValidityRule.UntilExpiryDate.class, name = "date-expiration"),
        @JsonSubTypes.Type(value = ValidityRule.UntilEndOfYear.class, name = "fin-annee")
    })
    interface ValidityRuleMixin {}
}
