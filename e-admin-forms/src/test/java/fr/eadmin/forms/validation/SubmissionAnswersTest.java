package fr.eadmin.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubmissionAnswersTest {
    @Test
    void givesTextAsIsAndOtherValuesAsTheirJson() {
        Submission submission = Submission.parse("""
                {"nom": "Lefèvre", "jauge": 90, "buvette": false, "vide": null,
                 "materiel": [{"equipement": "tables", "quantite": 15}], "note": "a \\"cité\\" text"}
                """);

        assertThat(submission.answersAsText())
                .containsExactly(
                        java.util.Map.entry("nom", "Lefèvre"),
                        java.util.Map.entry("jauge", "90"),
                        java.util.Map.entry("buvette", "false"),
                        java.util.Map.entry("materiel", "[{\"equipement\":\"tables\",\"quantite\":15}]"),
                        java.util.Map.entry("note", "a \"cité\" text"));
    }

    @Test
    void isUnmodifiable() {
        assertThatThrownBy(
                        () -> Submission.parse("{\"a\": \"b\"}").answersAsText().put("c", "d"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
