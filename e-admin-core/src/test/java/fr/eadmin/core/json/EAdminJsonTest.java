package fr.eadmin.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.core.Samples;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.dossier.ValidityRule;
import fr.eadmin.core.identifier.Bic;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.CodePostal;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Iban;
import fr.eadmin.core.identifier.Nir;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.usager.Adresse;
import fr.eadmin.core.usager.Certification;
import fr.eadmin.core.usager.IdentityAttribute;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.InvalidUsagerException;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EAdminJsonTest {
    private final ObjectMapper mapper = EAdminJson.newObjectMapper();

    static List<Usager> usagers() {
        Individu claire = Samples.claire();
        Individu karim = Samples.karim()
                .withCertification(IdentityAttribute.NOM_NAISSANCE, Certification.franceConnect(Samples.NOW))
                .withNomUsage(
                        "Benali-Dupont", Certification.agentVerified("agent-1", "LIVRET_DE_FAMILLE", Samples.NOW));
        return List.of(
                claire,
                karim,
                Samples.foyer(claire.id(), karim.id(), UsagerId.random()),
                Samples.boulangerie(),
                Samples.club());
    }

    @ParameterizedTest
    @MethodSource("usagers")
    void readsBackEveryUsagerItWrites(Usager usager) throws JsonProcessingException {
        String json = mapper.writeValueAsString(usager);
        assertThat(mapper.readValue(json, Usager.class)).isEqualTo(usager);
        assertThat(mapper.readValue(json, usager.getClass())).isEqualTo(usager);
    }

    @Test
    void namesTheKindOfUsagerInATypeProperty() throws JsonProcessingException {
        List<String> types = usagers().stream()
                .map(u -> mapper.valueToTree(u).get("type").asText())
                .toList();
        assertThat(types).containsExactly("individu", "individu", "foyer", "entreprise", "association");
    }

    @Test
    void writesIdentifiersAndDatesAsStrings() {
        JsonNode claire = mapper.valueToTree(Samples.claire());
        assertThat(claire.get("id").isTextual()).isTrue();
        assertThat(claire.get("dateNaissance").asText()).isEqualTo("1985-03-14");
        assertThat(claire.get("lieuNaissance").get("type").asText()).isEqualTo("france");
        assertThat(claire.get("lieuNaissance").get("commune").asText()).isEqualTo("69123");
        assertThat(claire.get("contact").get("email").asText()).isEqualTo("claire.dupont@example.fr");
        assertThat(claire.get("contact").get("telephone").asText()).isEqualTo("+33612345678");
        assertThat(claire.get("contact").get("adresse").get("codePostal").asText())
                .isEqualTo("69003");
        assertThat(claire.get("certifications").get("SEXE").get("at").asText()).isEqualTo("2026-03-14T09:00:00Z");
        assertThat(claire.has("nomUsage")).isFalse();
        assertThat(claire.has("kind")).isFalse();
        JsonNode boulangerie = mapper.valueToTree(Samples.boulangerie());
        assertThat(boulangerie.get("siret").asText()).isEqualTo("73282932000074");
        JsonNode foyer = mapper.valueToTree(usagers().get(2));
        assertThat(foyer.get("quotientFamilial").get("annee").asText()).isEqualTo("2026");
        assertThat(foyer.get("quotientFamilial").get("montantCents").asLong()).isEqualTo(85_050);
    }

    @Test
    void readsBackADossierWithEveryValidityRule() throws JsonProcessingException {
        UsagerId usager = UsagerId.random();
        PieceType maison = new PieceType(
                "ATTESTATION_CAF", "Attestation CAF", ValidityRule.periodFromDocumentDate(Period.ofDays(45)));
        DossierUsager dossier = Samples.dossier(usager)
                .withPiece(Samples.piece(PieceType.AVIS_IMPOSITION, LocalDate.of(2025, 8, 1), null))
                .withPiece(Samples.piece(maison, LocalDate.of(2026, 3, 1), null));
        PieceJustificative first = dossier.pieces().get(0);
        dossier = dossier.markUsed(first.id(), fr.eadmin.core.demande.DemandeId.random());
        String json = mapper.writeValueAsString(dossier);
        assertThat(mapper.readValue(json, DossierUsager.class)).isEqualTo(dossier);
        JsonNode pieces = mapper.readTree(json).get("pieces");
        assertThat(pieces.findValues("validity"))
                .extracting(rule -> rule.get("type").asText())
                .contains("periode", "date-expiration", "permanente", "fin-annee");
        assertThat(pieces.get(0).get("type").get("validity").get("period").asText())
                .isEqualTo("P3M");
        assertThat(pieces.get(0).get("content").get("sha256").asText()).hasSize(64);
        assertThat(pieces.get(0).get("usedBy").get(0).isTextual()).isTrue();
    }

    @Test
    void readsBackAnAddressAbroadAndACedex() throws JsonProcessingException {
        Adresse london = Adresse.builder()
                .numero(10)
                .voie("Downing Street")
                .codePostal("SW1A 2AA")
                .commune("London")
                .pays("GB")
                .build();
        Adresse caf = Adresse.builder()
                .serviceDistribution("TSA 12345")
                .codePostal("92863")
                .commune("Issy-les-Moulineaux")
                .cedex(9)
                .build();
        for (Adresse adresse : List.of(london, caf, Samples.adresseLyon())) {
            assertThat(mapper.readValue(mapper.writeValueAsString(adresse), Adresse.class))
                    .isEqualTo(adresse);
        }
    }

    @Test
    void writesEveryIdentifierAsItsCanonicalString() throws JsonProcessingException {
        List<Object> identifiers = List.of(
                Siren.parse("732 829 320"),
                Siret.parse("73282932000074"),
                Rna.parse("W751012345"),
                Nir.withComputedKey("2 85 03 69 123 456"),
                CodeInsee.parse("2a004"),
                CodePostal.parse("69003"),
                Iban.parse("FR76 3000 6000 0112 3456 7890 189"),
                Bic.parse("BNPAFRPP"),
                Telephone.parse("06 12 34 56 78"),
                Email.parse("claire.dupont@example.fr"),
                UsagerId.random(),
                fr.eadmin.core.dossier.PieceId.random(),
                fr.eadmin.core.demande.DemandeId.random());
        for (Object identifier : identifiers) {
            String json = mapper.writeValueAsString(identifier);
            assertThat(json).isEqualTo("\"" + identifier + "\"");
            assertThat(mapper.readValue(json, identifier.getClass())).isEqualTo(identifier);
        }
    }

    @Test
    void namesTheFieldOfAnInvalidIdentifierWithoutQuotingIt() {
        ObjectNode json = mapper.valueToTree(Samples.boulangerie());
        json.put("siret", "73282932000075");
        assertThatThrownBy(() -> mapper.treeToValue(json, Usager.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("Invalid SIRET")
                .hasMessageContaining("\"siret\"")
                .hasMessageNotContaining("73282932000075")
                .satisfies(
                        e -> assertThat(((InvalidFormatException) e).getValue()).isNull());
        String nir = Nir.withComputedKey("2850369123456").toString();
        String wrongKey = nir.substring(0, 13) + (nir.endsWith("01") ? "02" : "01");
        assertThatThrownBy(() -> mapper.readValue("\"" + wrongKey + "\"", Nir.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageStartingWith("Invalid NIR")
                .hasMessageNotContaining("2850369123456");
        assertThatThrownBy(() -> mapper.readValue("\"not-a-uuid\"", UsagerId.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageStartingWith("Invalid usager id (not a UUID)");
    }

    @Test
    void rejectsAnIdentifierThatIsNotAString() {
        assertThatThrownBy(() -> mapper.readValue("732829320", Siren.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void reportsTheModelRuleAValueBreaks() {
        ObjectNode json = mapper.valueToTree(Samples.claire());
        json.putArray("prenoms");
        assertThatThrownBy(() -> mapper.treeToValue(json, Usager.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasCauseInstanceOf(InvalidUsagerException.class)
                .hasMessageContaining("prenoms: must have at least one entry");
    }

    @Test
    void rejectsAnUnknownTypeOrProperty() {
        ObjectNode json = mapper.valueToTree(Samples.claire());
        json.put("type", "collectivite");
        assertThatThrownBy(() -> mapper.treeToValue(json, Usager.class)).isInstanceOf(InvalidTypeIdException.class);
        ObjectNode extra = mapper.valueToTree(Samples.claire());
        extra.put("nir", "x");
        assertThatThrownBy(() -> mapper.treeToValue(extra, Usager.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void worksInAPortalsOwnMapper() throws JsonProcessingException {
        ObjectMapper portal = JsonMapper.builder().addModule(new EAdminModule()).build();
        Individu claire = Samples.claire();
        String json = portal.writeValueAsString(claire);
        assertThat(portal.readTree(json).get("dateNaissance").asText()).isEqualTo("1985-03-14");
        assertThat(portal.readValue(json, Usager.class)).isEqualTo(claire);
        assertThat(mapper.readValue(json, Usager.class)).isEqualTo(claire);
    }
}
