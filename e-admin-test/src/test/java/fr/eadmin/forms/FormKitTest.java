package fr.eadmin.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import fr.eadmin.forms.validation.ValidationError;
import fr.eadmin.forms.validation.ValidationReport;
import fr.eadmin.test.forms.FormArbitraries;
import fr.eadmin.test.forms.FormAssertions;
import fr.eadmin.test.forms.InvalidCase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the forms test kit generates, and how its assertions fail. */
class FormKitTest {
    private static List<ObjectNode> valid(FormDefinition definition, int count) {
        return FormArbitraries.validSubmissions(definition, RealDefinitions.CLOCK)
                .sampleStream()
                .limit(count)
                .map(Submission::asJson)
                .toList();
    }

    @Test
    void defectsCoverEveryKindOfErrorTheSubsidyFormCanHave() {
        Set<String> codes = FormArbitraries.invalidSubmissions(RealDefinitions.SUBVENTION, RealDefinitions.CLOCK)
                .sampleStream()
                .limit(1_500)
                .map(InvalidCase::expectedCode)
                .collect(Collectors.toSet());

        assertThat(codes)
                .contains(
                        "unknown-field",
                        "required",
                        "wrong-type",
                        "too-long",
                        "too-short",
                        "invalid-format",
                        "too-small",
                        "too-large",
                        "invalid-step",
                        "too-early",
                        "too-late",
                        "invalid-date",
                        "too-many-choices",
                        "duplicate-choice",
                        "invalid-rna",
                        "invalid-iban",
                        "invalid-code-postal",
                        "invalid-nir",
                        "invalid-email",
                        "invalid-telephone",
                        "too-many-files",
                        "file-too-large",
                        "invalid-media-type",
                        "invalid-file",
                        "too-many-occurrences",
                        "read-only");
    }

    @Test
    void defectsOfGeneratedDefinitionsCoverChoicesAndOccurrences() {
        // The rarest of these codes (invalid-siret, invalid-siren, too-few-choices) each come with about 0.4 % of
        // the cases: a fixed 2,000 draws missed one of them in about one run out of 1,300. Drawing until every
        // code has come, at most 20,000 times, misses one in less than one run out of 10^30, and usually stops
        // after a few hundred draws.
        Set<String> wanted =
                Set.of("invalid-choice", "too-few-choices", "too-few-occurrences", "invalid-siret", "invalid-siren");
        Set<String> codes = new TreeSet<>();
        Iterator<InvalidCase> cases = FormArbitraries.definitions()
                .flatMap(d -> FormArbitraries.invalidSubmissions(d, RealDefinitions.CLOCK))
                .sampleStream()
                .limit(20_000)
                .iterator();
        while (cases.hasNext() && !codes.containsAll(wanted)) {
            codes.add(cases.next().expectedCode());
        }

        assertThat(codes)
                .contains("invalid-choice", "too-few-choices", "too-few-occurrences", "invalid-siret", "invalid-siren");
    }

    private static void collect(List<? extends Node> nodes, Set<String> seen) {
        for (Node node : nodes) {
            seen.add(node.getClass().getSimpleName() + (node.visibleIf() == null ? "" : " with condition"));
            if (node instanceof Field field) {
                seen.add(field.type().name());
            } else if (node instanceof Section section) {
                collect(section.nodes(), seen);
            } else if (node instanceof RepeatableBlock block) {
                collect(block.fields(), seen);
            }
        }
    }

    @Test
    void generatedDefinitionsUseEveryFieldTypeAndEveryKindOfNode() {
        Set<String> seen = new TreeSet<>();
        FormArbitraries.definitions().sampleStream().limit(300).forEach(definition -> {
            for (Page page : definition.pages()) {
                collect(page.nodes(), seen);
                if (!page.exitRules().isEmpty()) {
                    seen.add("exit rule");
                }
                if (page.visibleIf() != null) {
                    seen.add("page with condition");
                }
            }
        });

        assertThat(seen)
                .contains("short-text", "long-text", "integer", "decimal", "date", "yes-no", "checkbox")
                .contains("single-choice", "multiple-choice", "file", "computed", "display")
                .contains("email", "telephone", "code-postal", "siret", "siren", "rna", "nir", "iban")
                .contains("Field with condition", "Section", "Section with condition", "RepeatableBlock")
                .contains("RepeatableBlock with condition", "exit rule", "page with condition");
    }

    @Test
    void validSubmissionsFollowTheConditionsBothWays() {
        List<ObjectNode> submissions = valid(RealDefinitions.SUBVENTION, 300);

        // The contact page is shown from 1000 € only.
        assertThat(submissions).anyMatch(s -> s.has("email")).anyMatch(s -> !s.has("email"));
        assertThat(submissions)
                .filteredOn(s -> s.has("email"))
                .allMatch(s -> s.get("montant").decimalValue().compareTo(BigDecimal.valueOf(1000)) >= 0);
        // The SIREN is asked only without a SIRET.
        assertThat(submissions).filteredOn(s -> s.has("siret")).noneMatch(s -> s.has("siren"));
        // A NIR inside an occurrence exactly for employees.
        assertThat(submissions)
                .flatMap(s -> s.has("intervenants") ? List.copyOf(iterable(s.get("intervenants"))) : List.of())
                .anyMatch(o -> o.has("nir"))
                .allMatch(o -> o.has("nir") == o.get("salarie").booleanValue());
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    @Test
    void hiddenFieldsAreAbsentAndVisibleRequiredOnesPresent() {
        List<ObjectNode> submissions = valid(RealDefinitions.CONSERVATOIRE, 300);

        assertThat(submissions)
                .allMatch(s -> s.has("certificatMedical")
                        == s.get("discipline").textValue().equals("danse"))
                .allMatch(s -> s.has("quotient") == s.get("tarif").textValue().equals("quotient"))
                .allMatch(s -> s.get("codePostal")
                        .textValue()
                        .strip()
                        .replaceAll("\\D", "")
                        .startsWith("78"))
                .allMatch(s -> s.get("reglement").booleanValue())
                .allMatch(s -> s.get("enfants").size() >= 1 && s.get("enfants").size() <= 4)
                .anyMatch(s -> s.get("discipline").textValue().equals("danse"))
                .anyMatch(s -> !s.has("telephone"));
    }

    @Test
    void aPatternOutsideTheSupportedSubsetIsRefusedClearly() {
        FormDefinition definition = new FormDefinition(
                "lettres",
                1,
                "Lettres",
                List.of(Page.of(
                        "p", "P", List.of(Field.required("nom", "Nom", new FieldType.ShortText(1, 20, "\\p{L}+"))))));

        assertThatThrownBy(() -> FormArbitraries.validSubmissions(definition, RealDefinitions.CLOCK)
                        .sample())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot generate texts for the pattern \\p{L}+");
    }

    @Test
    void simplePatternsAreGenerated() {
        FormDefinition definition = new FormDefinition(
                "immatriculation",
                1,
                "Immatriculation",
                List.of(Page.of(
                        "p",
                        "P",
                        List.of(Field.required(
                                "plaque",
                                "Plaque",
                                new FieldType.ShortText(9, 9, "[A-HJ-NP-TV-Z]{2}-\\d{3}-[A-Z]{2}"))))));

        assertThat(valid(definition, 50))
                .extracting(s -> s.get("plaque").textValue().strip())
                .allMatch(p -> p.matches("[A-HJ-NP-TV-Z]{2}-[0-9]{3}-[A-Z]{2}"))
                .doesNotHaveDuplicates();
    }

    private static final ValidationReport INVALID = FormValidator.compile(
                    RealDefinitions.CONSERVATOIRE, RealDefinitions.CLOCK)
            .validate(Submission.parse("{\"nom\": \"Martin\", \"codePostal\": \"78310\", \"quoi\": 1}"));

    @Test
    void assertionsPassOnWhatTheReportSays() {
        FormAssertions.assertThat(INVALID)
                .isNotValid()
                .hasError("email", "required")
                .hasError("quoi", "unknown-field")
                .hasNoErrorAt("nom", "codePostal");
        List<String> paths =
                INVALID.errors().stream().map(ValidationError::path).toList();
        FormAssertions.assertThat(INVALID)
                .hasOnlyErrorsAt(paths.toArray(String[]::new))
                .hasErrorCount(paths.size());
    }

    @Test
    void failedAssertionsPrintTheReport() {
        assertThatThrownBy(() -> FormAssertions.assertThat(INVALID).isValid())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a valid submission, but the report has")
                .hasMessageContaining("  email [required] « Adresse électronique » est obligatoire.")
                .hasMessageContaining("  quoi [unknown-field] ");
        assertThatThrownBy(() -> FormAssertions.assertThat(INVALID).hasError("email", "invalid-email"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting an error [invalid-email] at email, but the report has:");
        assertThatThrownBy(() -> FormAssertions.assertThat(INVALID).hasOnlyErrorsAt("email"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting errors at exactly [email]");
        assertThatThrownBy(() -> FormAssertions.assertThat(INVALID).hasNoErrorAt("commune"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("  commune [required]");
        assertThatThrownBy(() -> FormAssertions.assertThat(INVALID).hasErrorCount(1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting 1 error(s), but the report has");
        ValidationReport valid = FormValidator.compile(RealDefinitions.SUBVENTION, RealDefinitions.CLOCK)
                .validate(FormArbitraries.validSubmissions(RealDefinitions.SUBVENTION, RealDefinitions.CLOCK)
                        .sample());
        assertThatThrownBy(() -> FormAssertions.assertThat(valid).isNotValid())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting an invalid submission, but the report has no error");
    }
}
