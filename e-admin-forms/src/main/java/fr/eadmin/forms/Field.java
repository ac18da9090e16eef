package fr.eadmin.forms;

import fr.eadmin.forms.internal.Ids;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question of a form, or a text it displays.
 *
 * @param id the stable id, unique across the definition; the key of the answer in a submission
 * @param label the label shown to the usager, used in error messages
 * @param type what is asked and its constraints
 * @param required whether an answer is required when the field is shown
 * @param visibleIf when the field is shown, or {@code null} for always
 */
public record Field(
        String id,
        String label,
        FieldType type,
        boolean required,
        @Nullable Condition visibleIf) implements Node {
    /** Validates the field. */
    public Field {
        Ids.check(id, "field id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (label.isBlank()) {
            throw new IllegalArgumentException("field label must not be blank");
        }
        if (required && !type.isInput()) {
            throw new IllegalArgumentException("a " + type.name() + " field cannot be required");
        }
    }

    /**
     * A required field, always shown.
     *
     * @param id the id
     * @param label the label
     * @param type the type
     * @return the field
     */
    public static Field required(String id, String label, FieldType type) {
        return new Field(id, label, type, true, null);
    }

    /**
     * An optional field, always shown.
     *
     * @param id the id
     * @param label the label
     * @param type the type
     * @return the field
     */
    public static Field optional(String id, String label, FieldType type) {
        return new Field(id, label, type, false, null);
    }

    /**
     * This field, shown only when the condition holds.
     *
     * @param condition the visibility condition
     * @return a copy with the condition
     */
    public Field visibleIf(Condition condition) {
        return new Field(id, label, type, required, Objects.requireNonNull(condition, "condition"));
    }
}
