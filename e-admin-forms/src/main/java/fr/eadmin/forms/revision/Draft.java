package fr.eadmin.forms.revision;

import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.internal.Ids;
import fr.eadmin.forms.validation.Submission;
import java.util.Objects;

/**
 * The answers of a usager to a form, with the version of the definition they were given against: what a
 * téléservice keeps while the usager has not yet submitted.
 *
 * @param formId the id of the form
 * @param version the version of the definition the answers follow
 * @param answers the answers
 */
public record Draft(String formId, int version, Submission answers) {
    /** Validates the draft. */
    public Draft {
        Ids.check(formId, "form id");
        Objects.requireNonNull(answers, "answers");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /**
     * A draft of answers to a definition.
     *
     * @param definition the definition the answers follow
     * @param answers the answers
     * @return the draft
     */
    public static Draft of(FormDefinition definition, Submission answers) {
        Objects.requireNonNull(definition, "definition");
        return new Draft(definition.id(), definition.version(), answers);
    }

    /**
     * Whether these answers follow the given definition (same form, same version).
     *
     * @param definition the definition
     * @return {@code true} if they do
     */
    public boolean follows(FormDefinition definition) {
        return formId.equals(definition.id()) && version == definition.version();
    }
}
