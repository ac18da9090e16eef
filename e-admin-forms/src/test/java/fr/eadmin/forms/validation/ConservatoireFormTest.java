package fr.eadmin.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.json.FormDefinitionJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConservatoireFormTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String PDF =
            "{\"blob\":\"" + "ab".repeat(32) + "\",\"size\":1200,\"mediaType\":\"application/pdf\"}";

    private static FormValidator validator;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                ConservatoireFormTest.class.getResourceAsStream("/forms/inscription-conservatoire.json"))) {
            FormDefinition definition = FormDefinitionJson.read(in);
            assertThat(definition.pages()).hasSize(2);
            validator = FormValidator.compile(definition, CLOCK);
        }
    }

    private static String submission(String discipline, String tarif, String extra, String enfants) {
        return """
                {"nom": " Martin ", "email": "claire.martin@example.fr", "codePostal": "78310",
                 "commune": "Maurepas", "discipline": "%s", "tarif": "%s", "reglement": true,
                 "enfants": %s %s}
                """.formatted(discipline, tarif, enfants, extra);
    }

    @Test
    void acceptsAValidMusicInscriptionAndNormalisesIt() {
        ValidationReport report = validator.validate(Submission.parse(submission(
                "musique",
                "plein",
                "",
                "[{\"prenom\": \"Léa\", \"naissance\": \"2016-04-02\", \"instrument\": \"piano\"}]")));

        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.normalised().asJson().get("nom").textValue()).isEqualTo("Martin");
        assertThat(report.normalised()
                        .asJson()
                        .get("enfants")
                        .get(0)
                        .get("instrument")
                        .textValue())
                .isEqualTo("piano");
    }

    @Test
    void danceRequiresAMedicalCertificate() {
        ValidationReport report = validator.validate(Submission.parse(
                submission("danse", "plein", "", "[{\"prenom\": \"Léa\", \"naissance\": \"2016-04-02\"}]")));

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("certificatMedical");
            assertThat(e.code()).isEqualTo("required");
            assertThat(e.message()).isEqualTo("« Certificat médical » est obligatoire.");
        });
    }

    @Test
    void danceWithACertificateIsValid() {
        ValidationReport report = validator.validate(Submission.parse(submission(
                "danse",
                "plein",
                ", \"certificatMedical\": [" + PDF + "]",
                "[{\"prenom\": \"Léa\", \"naissance\": \"2016-04-02\"}]")));

        assertThat(report.errors()).isEmpty();
    }

    @Test
    void quotientTariffRequiresTheQuotientAndItsAttestation() {
        ValidationReport report = validator.validate(Submission.parse(
                submission("theatre", "quotient", "", "[{\"prenom\": \"Léa\", \"naissance\": \"2016-04-02\"}]")));

        assertThat(report.errors())
                .extracting(ValidationError::path, ValidationError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("quotient", "required"),
                        org.assertj.core.groups.Tuple.tuple("attestationQf", "required"));
    }

    @Test
    void hiddenAnswersAreIgnoredAndCleared() {
        ValidationReport report = validator.validate(Submission.parse(submission(
                "theatre",
                "plein",
                ", \"quotient\": \"pas un nombre\", \"certificatMedical\": 12",
                "[{\"prenom\": \"Léa\", \"naissance\": \"2016-04-02\", \"instrument\": 3}]")));

        assertThat(report.errors()).isEmpty();
        assertThat(report.normalised().asJson().has("quotient")).isFalse();
        assertThat(report.normalised().asJson().has("certificatMedical")).isFalse();
        assertThat(report.normalised().asJson().get("enfants").get(0).has("instrument"))
                .isFalse();
    }

    @Test
    void errorsInsideABlockNameTheOccurrence() {
        ValidationReport report = validator.validate(Submission.parse(submission(
                "musique",
                "plein",
                "",
                "[{\"prenom\": \"Léa\", \"naissance\": \"2016-04-02\", \"instrument\": \"harpe celtique\"},"
                        + " {\"naissance\": \"2025-01-01\", \"instrument\": \"piano\", \"age\": 3}]")));

        assertThat(report.errors())
                .extracting(ValidationError::path, ValidationError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("enfants[1].age", "unknown-field"),
                        org.assertj.core.groups.Tuple.tuple("enfants[1].prenom", "required"),
                        org.assertj.core.groups.Tuple.tuple("enfants[1].naissance", "too-late"));
        assertThat(report.errorAt("enfants[1].naissance").orElseThrow().message())
                .isEqualTo("« Date de naissance » doit être le 01/09/2023 ou avant.");
    }

    @Test
    void aBlockNeedsItsMinimumOccurrences() {
        ValidationReport report = validator.validate(Submission.parse(submission("theatre", "plein", "", "[]")));

        assertThat(report.errors()).extracting(ValidationError::code).containsExactly("too-few-occurrences");
    }

    @Test
    void anExitRuleMakesTheUsagerIneligible() {
        String json = submission("theatre", "plein", "", "[{\"prenom\": \"Léa\", \"naissance\": \"2016-04-02\"}]")
                .replace("78310", "75001");

        ValidationReport report = validator.validate(Submission.parse(json));

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("responsable");
            assertThat(e.code()).isEqualTo("ineligible");
        });
    }

    @Test
    void refusesUnknownFieldsAndUncheckedRules() {
        String json = submission(
                        "theatre", "plein", ", \"pirate\": 1", "[{\"prenom\": \"Léa\", \"naissance\": \"2016-04-02\"}]")
                .replace("\"reglement\": true", "\"reglement\": false");

        ValidationReport report = validator.validate(Submission.parse(json));

        assertThat(report.errors())
                .extracting(ValidationError::path, ValidationError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pirate", "unknown-field"),
                        org.assertj.core.groups.Tuple.tuple("reglement", "required"));
    }

    @Test
    void validatesOnePageAtATime() {
        ValidationReport first = validator.validatePage(
                Submission.parse("{\"nom\": \"Martin\", \"email\": \"pas une adresse\", \"codePostal\": \"78310\","
                        + " \"commune\": \"Maurepas\"}"),
                "responsable");

        assertThat(first.errors()).extracting(ValidationError::code).containsExactly("invalid-email");
        assertThat(first.normalised().asJson().has("discipline")).isFalse();
    }
}
