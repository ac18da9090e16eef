package fr.eadmin.forms;

import java.util.Objects;

/**
 * One option of a choice field.
 *
 * @param value the value stored in a submission
 * @param label the label shown
 */
public record ChoiceOption(String value, String label) {
    /** Validates the option. */
    public ChoiceOption {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("option value must be 1 to 200 characters, not blank");
        }
    }
}
