package fr.eadmin.forms;

import fr.eadmin.forms.internal.Ids;
import java.util.Objects;

/**
 * An eligibility rule of a page: when its condition holds, the usager cannot go on, and is told why.
 *
 * @param id the stable id
 * @param when the condition that makes the usager ineligible
 * @param message the French message shown (no personal data)
 */
public record ExitRule(String id, Condition when, String message) {
    /** Validates the rule. */
    public ExitRule {
        Ids.check(id, "exit rule id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("exit rule message must not be blank");
        }
    }
}
