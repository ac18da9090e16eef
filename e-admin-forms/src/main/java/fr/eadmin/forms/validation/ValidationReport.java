package fr.eadmin.forms.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating a submission: every error found, and the normalised submission (visible, valid
 * answers only, trimmed and in canonical form; hidden fields cleared; computed values set).
 *
 * @param errors the errors, in the order of the form
 * @param normalised the normalised submission
 */
public record ValidationReport(List<ValidationError> errors, Submission normalised) {
    /** Validates the report. */
    public ValidationReport {
        errors = List.copyOf(errors);
        Objects.requireNonNull(normalised, "normalised");
    }

    /**
     * Whether the submission has no error.
     *
     * @return {@code true} when valid
     */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * The first error at a path.
     *
     * @param path the path
     * @return the error, if any
     */
    public Optional<ValidationError> errorAt(String path) {
        return errors.stream().filter(e -> e.path().equals(path)).findFirst();
    }
}
