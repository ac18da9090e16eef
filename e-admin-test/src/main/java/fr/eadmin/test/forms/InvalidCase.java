package fr.eadmin.test.forms;

import fr.eadmin.forms.validation.Submission;
import java.util.Objects;

/**
 * A submission with one targeted defect, and the only error validating it must give.
 *
 * @param submission the submission: valid but for the defect
 * @param expectedPath where the error must be ({@code enfants[1].naissance}, {@code tarif}...)
 * @param expectedCode the code of the error ({@code required}, {@code too-large}, {@code invalid-siret}...)
 */
public record InvalidCase(Submission submission, String expectedPath, String expectedCode) {
    /** Validates the case. */
    public InvalidCase {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(expectedPath, "expectedPath");
        Objects.requireNonNull(expectedCode, "expectedCode");
    }

    /** Names the defect, never the answers (they may look like personal data). */
    @Override
    public String toString() {
        return "InvalidCase[" + expectedCode + " at " + expectedPath + ", " + submission + "]";
    }
}
