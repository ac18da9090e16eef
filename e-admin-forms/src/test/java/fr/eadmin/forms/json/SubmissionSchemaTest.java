package fr.eadmin.forms.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.GeneratedForms;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SubmissionSchemaTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneId.of("Europe/Paris"));

    private static FormDefinition conservatoire() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                SubmissionSchemaTest.class.getResourceAsStream("/forms/inscription-conservatoire.json"))) {
            return FormDefinitionJson.read(in);
        }
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void describesTheAnswersOfADefinition() throws IOException {
        JsonNode schema = SubmissionSchema.of(conservatoire());
        assertThat(SchemaCheck.unsupported(schema)).isEmpty();
        assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("required").toString()).contains("\"nom\"", "\"discipline\"");
        SchemaCheck check = new SchemaCheck(schema);
        String valid = "{'nom':' Martin ','email':'claire.martin@example.fr','codePostal':'78310','commune':'Maurepas',"
                + "'discipline':'musique','tarif':'plein','reglement':true,"
                + "'enfants':[{'prenom':'Léa','naissance':'2016-04-02','instrument':'piano'}]}";
        assertThat(FormValidator.compile(conservatoire(), CLOCK)
                        .validate(Submission.parse(valid.replace('\'', '"')))
                        .isValid())
                .isTrue();
        assertThat(check.errors(json(valid))).isEmpty();
        assertThat(check.errors(json("{'nom':'Martin','discipline':'danse','inconnu':1}")))
                .contains("/inconnu: unknown property", ": missing email");
        assertThat(check.errors(json(valid.replace("'reglement':true", "'reglement':'oui'"))))
                .containsExactly("/reglement: matches none of anyOf");
        assertThat(check.errors(json(valid.replace("'musique'", "'rugby'"))))
                .containsExactly("/discipline: matches none of anyOf");
        assertThat(check.errors(json(valid.replace("'2016-04-02'", "'02/04/2016'"))))
                .containsExactly("/enfants: matches none of anyOf");
    }

    record Case(FormDefinition definition, Submission answers) {}

    @Provide
    Arbitrary<Case> cases() {
        return GeneratedForms.specs().flatMap(specs -> {
            FormDefinition definition = GeneratedForms.definition(1, specs);
            return Combinators.combine(GeneratedForms.answers(definition), net.jqwik.api.Arbitraries.just(definition))
                    .as((answers, d) -> new Case(d, answers));
        });
    }

    @Property(tries = 500)
    void everyNormalisedSubmissionSatisfiesTheSchema(@ForAll("cases") Case c) {
        var report = FormValidator.compile(c.definition(), CLOCK).validate(c.answers());
        if (report.isValid()) {
            assertThat(new SchemaCheck(SubmissionSchema.of(c.definition()))
                            .errors(report.normalised().asJson()))
                    .isEmpty();
        }
    }
}
