package fr.eadmin.forms.validation;

import java.util.Objects;

/**
 * One error of a submission.
 *
 * @param path where: a field id, {@code enfants[1].nom} inside the second occurrence of a block (occurrences
 *     count from 0), or a page id for an exit rule
 * @param code a stable code a program can test: {@code required}, {@code too-long}, {@code invalid-siret}...
 * @param message a French message for the usager, naming the field by its label
 */
public record ValidationError(String path, String code, String message) {
    /** Validates the error. */
    public ValidationError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
