package fr.eadmin.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostileSubmissionTest {
    private static final FormValidator VALIDATOR = FormValidator.compile(
            new FormDefinition(
                    "f",
                    1,
                    "F",
                    List.of(Page.of(
                            "p",
                            "P",
                            List.of(
                                    Field.optional("nom", "Nom", new FieldType.ShortText(0, 50, null)),
                                    new RepeatableBlock(
                                            "enfants",
                                            "Enfants",
                                            0,
                                            3,
                                            List.of(
                                                    Field.optional(
                                                            "prenom", "Prénom", new FieldType.ShortText(0, 50, null))),
                                            null))))),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void refusesMalformedJsonWithoutEchoingIt() {
        assertThatThrownBy(() -> Submission.parse("{\"nom\": \"secret-value"))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageNotContaining("secret-value");
        assertThatThrownBy(() -> Submission.parse("[1, 2]"))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("invalid submission: the answers must be a JSON object");
        assertThatThrownBy(() -> Submission.parse("")).isInstanceOf(InvalidSubmissionException.class);
        assertThatThrownBy(() -> Submission.parse("{\"nom\": \"a\", \"nom\": \"b\"}"))
                .isInstanceOf(InvalidSubmissionException.class);
    }

    @Test
    void refusesDeepNestingBeforeValidating() {
        String deep = "{\"nom\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThatThrownBy(() -> Submission.parse(deep))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("invalid submission: too deep or too large");
    }

    @Test
    void refusesADeepTreeBuiltInMemory() {
        var root = JsonNodeFactory.instance.objectNode();
        var node = root.putArray("nom");
        for (int i = 0; i < 100_000; i++) {
            node = node.addArray();
        }

        assertThatThrownBy(() -> Submission.of(root))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("invalid submission: too deep or too large");
    }

    @Test
    void aPageOfAnotherFormIsNotFound() {
        assertThatThrownBy(() -> VALIDATOR.validatePage(Submission.parse("{}"), "ailleurs"))
                .isInstanceOf(fr.eadmin.core.NotFoundException.class);
    }

    @Test
    void nestedValuesWhereTextIsExpectedAreWrongTypes() {
        ValidationReport report = VALIDATOR.validate(Submission.parse(
                "{\"nom\": {\"a\": [[[1]]]}, \"enfants\": [{\"prenom\": [\"x\"]}, 3, {\"prenom\": {}}]}"));

        assertThat(report.errors())
                .extracting(ValidationError::path, ValidationError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("nom", "wrong-type"),
                        org.assertj.core.groups.Tuple.tuple("enfants[0].prenom", "wrong-type"),
                        org.assertj.core.groups.Tuple.tuple("enfants[1]", "wrong-type"),
                        org.assertj.core.groups.Tuple.tuple("enfants[2].prenom", "wrong-type"));
    }

    @Test
    void tooManyOccurrencesAreRefusedWithoutBeingValidatedOneByOne() {
        String many = "{\"enfants\": [" + "{\"prenom\": 1},".repeat(100_000) + "{}]}";

        ValidationReport report = VALIDATOR.validate(Submission.parse(many));

        assertThat(report.errors()).extracting(ValidationError::code).containsExactly("too-many-occurrences");
    }

    @Test
    void aBlockAnsweredWithSomethingElseIsAWrongType() {
        ValidationReport report = VALIDATOR.validate(Submission.parse("{\"enfants\": \"deux\"}"));

        assertThat(report.errors()).extracting(ValidationError::code).containsExactly("wrong-type");
    }

    @Test
    void theSubmissionIsACopy() {
        var json = JsonNodeFactory.instance.objectNode().put("nom", "Martin");
        Submission submission = Submission.of(json);
        json.put("nom", "Durand");
        submission.asJson().put("nom", "Petit");

        assertThat(submission.toJson()).isEqualTo("{\"nom\":\"Martin\"}");
        assertThat(submission.toString()).doesNotContain("Martin");
    }

    @Test
    void validatingTwiceGivesTheSameReport() {
        Submission submission = Submission.parse("{\"nom\": \" Martin \", \"enfants\": [{\"prenom\": \"Léa\"}]}");

        assertThat(VALIDATOR.validate(submission)).isEqualTo(VALIDATOR.validate(submission));
        assertThat(VALIDATOR.validate(submission).normalised())
                .isEqualTo(Submission.parse("{\"nom\": \"Martin\", \"enfants\": [{\"prenom\": \"Léa\"}]}"));
    }
}
