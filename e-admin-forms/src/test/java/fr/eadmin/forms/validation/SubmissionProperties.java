package fr.eadmin.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.json.FormDefinitionJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SubmissionProperties {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> KEYS = List.of(
            "nom",
            "email",
            "telephone",
            "codePostal",
            "commune",
            "discipline",
            "certificatMedical",
            "tarif",
            "quotient",
            "attestationQf",
            "enfants",
            "prenom",
            "naissance",
            "instrument",
            "nombreEnfants",
            "reglement",
            "inconnu");
    private static final FormValidator VALIDATOR = load();

    private static FormValidator load() {
        try (InputStream in = Objects.requireNonNull(
                SubmissionProperties.class.getResourceAsStream("/forms/inscription-conservatoire.json"))) {
            return FormValidator.compile(
                    FormDefinitionJson.read(in),
                    Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneId.of("Europe/Paris")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<JsonNode> values() {
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(NODES::textNode),
                Arbitraries.of("danse", "musique", "theatre", "quotient", "plein", "78310", "2016-04-02", "piano")
                        .map(NODES::textNode),
                Arbitraries.integers().between(-5, 20_000).map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        return Arbitraries.recursive(
                () -> leaves,
                inner -> Arbitraries.oneOf(
                        inner.list().ofMaxSize(4).map(list -> {
                            var array = NODES.arrayNode();
                            list.forEach(array::add);
                            return array;
                        }),
                        Arbitraries.maps(Arbitraries.of(KEYS), inner)
                                .ofMaxSize(4)
                                .map(SubmissionProperties::object)),
                0,
                3);
    }

    private static ObjectNode object(Map<String, JsonNode> map) {
        ObjectNode object = NODES.objectNode();
        map.forEach(object::set);
        return object;
    }

    @Provide
    Arbitrary<ObjectNode> submissions() {
        return Arbitraries.maps(Arbitraries.of(KEYS), values()).ofMaxSize(12).map(SubmissionProperties::object);
    }

    @Property(tries = 500)
    void anySubmissionGivesAReportAndANormalisedFormThatIsStable(@ForAll("submissions") ObjectNode answers) {
        ValidationReport report = VALIDATOR.validate(Submission.of(answers));

        assertThat(report.errors()).allSatisfy(e -> {
            assertThat(e.code()).matches("[a-z-]+");
            assertThat(e.message()).isNotBlank();
        });
        ValidationReport again = VALIDATOR.validate(report.normalised());
        assertThat(again.normalised()).isEqualTo(report.normalised());
        assertThat(again.errors())
                .noneMatch(e -> e.code().equals("wrong-type") || e.code().equals("unknown-field"));
    }
}
