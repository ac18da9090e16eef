package fr.eadmin.examples.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.json.FormDefinitionJson;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import fr.eadmin.forms.validation.ValidationReport;
import fr.eadmin.test.forms.FormArbitraries;
import fr.eadmin.test.forms.FormAssertions;
import fr.eadmin.test.forms.InvalidCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example definitions of real téléservices: they load, and validate what a usager would send. */
class ExampleFormsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneId.of("Europe/Paris"));

    static FormDefinition load(String name) {
        try (InputStream in = Objects.requireNonNull(
                ExampleFormsTest.class.getResourceAsStream("/fr/eadmin/examples/forms/" + name + ".json"), name)) {
            return FormDefinitionJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidationReport validate(String form, String json) {
        return FormValidator.compile(load(form), CLOCK).validate(Submission.parse(json));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "accueil-loisirs",
                "demande-acte-etat-civil",
                "inscription-conservatoire",
                "inscription-scolaire",
                "location-salle-municipale",
                "reclamation",
                "location-theatre-municipal",
                "contact-police-municipale"
            })
    void generatedSubmissionsValidateAndDefectsAreFound(String name) {
        FormDefinition definition = load(name);
        FormValidator validator = FormValidator.compile(definition, CLOCK);

        assertThat(definition.id()).isEqualTo(name);
        FormArbitraries.validSubmissions(definition, CLOCK)
                .sampleStream()
                .limit(200)
                .forEach(s -> FormAssertions.assertThat(validator.validate(s)).isValid());
        List<InvalidCase> defects = FormArbitraries.invalidSubmissions(definition, CLOCK)
                .sampleStream()
                .limit(200)
                .toList();
        defects.forEach(d -> FormAssertions.assertThat(validator.validate(d.submission()))
                .hasError(d.expectedPath(), d.expectedCode())
                .hasErrorCount(1));
        assertThat(defects).extracting(InvalidCase::expectedCode).contains("required", "wrong-type");
    }

    @Test
    void aBirthCertificateForOneselfSentByPost() {
        ValidationReport report = validate("demande-acte-etat-civil", """
                {"typeActe": "naissance", "formeActe": "copie-integrale", "dateEvenement": "1987-03-14",
                 "nombreExemplaires": 2, "nom": "Lefèvre", "prenoms": "Camille Anne", "nomPere": "Lefèvre Jean",
                 "nomMere": "Durand Marie", "lien": "personne-concernee", "nir": "2 87 03 78 646 012 86",
                 "email": "camille.lefevre@example.fr", "modeDelivrance": "courrier",
                 "adresse": "12 rue de la Mairie", "codePostal": "78310", "commune": "Maurepas", "attestation": true}
                """);

        FormAssertions.assertThat(report).isValid();
        assertThat(report.normalised().asJson().get("nir").textValue()).isEqualTo("287037864601286");
    }

    @Test
    void aFullCopyIsRefusedToAThirdPartyAndOldActsGoToTheArchives() {
        ValidationReport thirdParty = validate("demande-acte-etat-civil", """
                {"typeActe": "mariage", "formeActe": "extrait-avec-filiation", "dateEvenement": "2001-06-30",
                 "nombreExemplaires": 1, "nom": "Martin", "prenoms": "Paul", "nomConjoint": "Bernard",
                 "lien": "autre", "nomDemandeur": "Petit", "prenomDemandeur": "Luc",
                 "email": "luc.petit@example.fr", "modeDelivrance": "guichet", "attestation": true}
                """);
        ValidationReport centenarian = validate("demande-acte-etat-civil", """
                {"typeActe": "naissance", "formeActe": "extrait-sans-filiation", "dateEvenement": "1920-01-02",
                 "nombreExemplaires": 6, "nom": "Martin", "prenoms": "Paul", "lien": "descendant",
                 "nomDemandeur": "Martin", "prenomDemandeur": "Luc", "email": "luc@example.fr",
                 "modeDelivrance": "courrier", "attestation": true}
                """);

        FormAssertions.assertThat(thirdParty)
                .hasError("demandeur", "ineligible")
                .hasErrorCount(1);
        FormAssertions.assertThat(centenarian)
                .hasError("acte", "ineligible")
                .hasError("nombreExemplaires", "too-large")
                .hasError("adresse", "required")
                .hasError("codePostal", "required")
                .hasError("commune", "required")
                .hasErrorCount(5);
    }

    @Test
    void aConservatoireEnrolmentOfTwoChildren() {
        ValidationReport report = validate("inscription-conservatoire", """
                {"nom": "Moreau", "prenom": "Julie", "email": "julie.moreau@example.fr", "telephone": "06 12 34 56 78",
                 "adresse": "4 allée des Tilleuls", "codePostal": "78310", "commune": "Maurepas",
                 "discipline": "musique",
                 "eleves": [
                   {"prenomEleve": "Léa", "naissance": "2015-04-02", "niveau": "cycle-1", "instrument": "violon",
                    "instrumentLoue": true},
                   {"prenomEleve": "Hugo", "naissance": "2018-09-21", "niveau": "eveil", "instrument": "ukulélé"}],
                 "tarif": "quotient", "quotient": 850,
                 "attestationQf": [{"blob": "%s", "size": 120000, "mediaType": "application/pdf"}],
                 "justificatifDomicile": [{"blob": "%s", "size": 80000, "mediaType": "image/jpeg"}],
                 "droitImage": false, "reglement": true}
                """.formatted("a".repeat(64), "b".repeat(64)));

        FormAssertions.assertThat(report).isValid();
        JsonNode eleves = report.normalised().asJson().get("eleves");
        assertThat(eleves.get(1).get("instrument").textValue()).isEqualTo("ukulélé");
        assertThat(eleves.get(1).has("instrumentLoue")).isFalse();
    }

    @Test
    void theMaurepasCatalogueRefersToTheConservatoireFormAndItsAnswers() throws IOException {
        JsonNode catalogue;
        try (InputStream in = Objects.requireNonNull(
                ExampleFormsTest.class.getResourceAsStream("/fr/eadmin/examples/maurepas-catalogue.json"))) {
            catalogue = new ObjectMapper().readTree(in);
        }
        JsonNode teleservice = catalogue.get("teleservices").get(0);
        FormDefinition form = load("inscription-conservatoire");
        FormValidator validator = FormValidator.compile(form, CLOCK);

        assertThat(teleservice.get("form").get("id").textValue()).isEqualTo(form.id());
        assertThat(teleservice.get("form").get("version").intValue()).isEqualTo(form.version());
        // Every answer a pièce depends on is a field of the form that can take that value.
        for (JsonNode piece : teleservice.get("pieces")) {
            JsonNode when = piece.get("whenAnswer");
            if (when != null) {
                String field = when.get("field").textValue();
                ValidationReport report = validator.validatePage(
                        Submission.parse(
                                "{\"" + field + "\": \"" + when.get("value").textValue() + "\"}"),
                        "tarification");
                FormAssertions.assertThat(report).hasNoErrorAt(field);
                assertThat(report.normalised().asJson().get(field).textValue())
                        .isEqualTo(when.get("value").textValue());
            }
        }
    }

    @Test
    void everyTeleserviceOfTheMaurepasCatalogueHasItsForm() throws IOException {
        JsonNode catalogue;
        try (InputStream in = Objects.requireNonNull(
                ExampleFormsTest.class.getResourceAsStream("/fr/eadmin/examples/maurepas-catalogue.json"))) {
            catalogue = new ObjectMapper().readTree(in);
        }
        assertThat(catalogue.get("teleservices")).hasSize(4);
        for (JsonNode teleservice : catalogue.get("teleservices")) {
            FormDefinition form = load(teleservice.get("form").get("id").textValue());
            assertThat(form.version())
                    .isEqualTo(teleservice.get("form").get("version").intValue());
        }
    }

    @Test
    void anInscriptionScolaireOnArrivalInTown() {
        ValidationReport report =
                validate("inscription-scolaire", """
                {"prenomEnfant": "Hugo", "dateNaissance": "2018-02-27", "motif": "arrivee", "niveau": "ce2",
                 "ecole": "elementaire-jean-jaures",
                 "livretFamille": [{"blob": "%s", "size": 400000, "mediaType": "application/pdf"}],
                 "justificatifDomicile": [{"blob": "%s", "size": 80000, "mediaType": "application/pdf"}],
                 "carnetVaccination": [{"blob": "%s", "size": 300000, "mediaType": "image/jpeg"}]}
                """.formatted("a".repeat(64), "b".repeat(64), "c".repeat(64)));

        FormAssertions.assertThat(report).isValid();
    }

    @Test
    void anAllergyAtTheAccueilDeLoisirsMustBeDescribed() {
        String pieces = """
                "assurance": [{"blob": "%s", "size": 90000, "mediaType": "application/pdf"}],
                "attestationQf": [{"blob": "%s", "size": 90000, "mediaType": "application/pdf"}]""".formatted("d".repeat(64), "e".repeat(64));
        ValidationReport undescribed = validate(
                "accueil-loisirs",
                "{\"prenomEnfant\": \"Léa\", \"dateNaissance\": \"2015-09-03\", \"accueil\": \"mercredis\","
                        + " \"allergies\": true, " + pieces + "}");
        ValidationReport described = validate(
                "accueil-loisirs",
                "{\"prenomEnfant\": \"Léa\", \"dateNaissance\": \"2015-09-03\", \"accueil\": \"mercredis\","
                        + " \"allergies\": true, \"precisionAllergies\": \"Arachide\", " + pieces + "}");

        FormAssertions.assertThat(undescribed).hasOnlyErrorsAt("precisionAllergies");
        FormAssertions.assertThat(described).isValid();
    }

    @Test
    void aRoomBookingForAnAssociation() {
        ValidationReport report = validate("location-salle-municipale", """
                {"salle": "salle-polyvalente", "dateDebut": "2027-01-16", "nombreJours": 1, "creneau": "soiree",
                 "nombrePersonnes": 90, "nature": "loto",
                 "materiel": [{"equipement": "tables", "quantite": 15}, {"equipement": "sonorisation", "quantite": 1}],
                 "typeDemandeur": "association", "nom": "Garnier", "prenom": "Sophie",
                 "nomAssociation": "Comité des fêtes de Maurepas", "rna": "W783001234",
                 "email": "comite@example.fr", "telephone": "0130000000", "adresse": "1 place de l'Hôtel de Ville",
                 "codePostal": "78310", "commune": "Maurepas", "buvette": true,
                 "autorisationBuvette": [{"blob": "%s", "size": 50000, "mediaType": "application/pdf"}],
                 "assurance": [{"blob": "%s", "size": 50000, "mediaType": "application/pdf"}], "reglement": true}
                """.formatted("c".repeat(64), "d".repeat(64)));

        FormAssertions.assertThat(report).isValid();
    }

    @Test
    void aRoomTooSmallOrTooSoonIsRefused() {
        ValidationReport report = validate("location-salle-municipale", """
                {"salle": "maison-des-associations", "dateDebut": "2026-11-30", "nombreJours": 4, "creneau": "journee",
                 "nombrePersonnes": 60, "nature": "reunion", "materiel": [{"equipement": "tables", "quantite": 0}]}
                """);

        FormAssertions.assertThat(report)
                .hasError("reservation", "ineligible")
                .hasError("dateDebut", "too-early")
                .hasError("nombreJours", "too-large")
                .hasError("materiel[0].quantite", "too-small");
    }

    @Test
    void aComplaintAboutStreetLightingAndOneAboutAnUnlistedSubject() {
        ValidationReport lighting = validate("reclamation", """
                {"objet": "eclairage", "lieu": "Angle rue de Chevreuse et avenue de Villeneuve", "urgence": false,
                 "dateConstat": "2026-11-20", "description": "Trois lampadaires éteints depuis une semaine.",
                 "pieces": [{"blob": "%s", "size": 2400000, "mediaType": "image/jpeg"}],
                 "nom": "Roux", "reponse": "email", "email": "roux@example.fr"}
                """.formatted("e".repeat(64)));
        ValidationReport other = validate("reclamation", """
                {"objet": "autre", "lieu": "ignoré car masqué", "dateConstat": "2025-11-22",
                 "description": "court", "nom": "Roux", "reponse": "courrier"}
                """);

        FormAssertions.assertThat(lighting).isValid();
        FormAssertions.assertThat(other)
                .hasError("precision", "required")
                .hasError("dateConstat", "too-early")
                .hasError("description", "too-short")
                .hasError("adresse", "required")
                .hasNoErrorAt("lieu", "email");
        assertThat(other.normalised().asJson().has("lieu")).isFalse();
    }
}
