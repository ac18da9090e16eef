package fr.eadmin.core.teleservice;

import fr.eadmin.core.internal.Codes;
import java.util.Objects;

/**
 * The form a téléservice uses: its id and the revision in force. Forms are defined by the forms module; the
 * catalogue only refers to them.
 *
 * @param id the form's id: letters, digits, dots, dashes, underscores
 * @param version the revision, at least 1
 */
public record FormRef(String id, int version) {
    /**
     * Checks the values.
     *
     * @throws InvalidTeleserviceException if the id is not a technical code or the version is below 1
     */
    public FormRef {
        Objects.requireNonNull(id, "id");
        try {
            Codes.require("form.id", id);
        } catch (IllegalArgumentException e) {
            throw new InvalidTeleserviceException(null, "form.id", e.getMessage());
        }
        if (version < 1) {
            throw new InvalidTeleserviceException(null, "form.version", "must be at least 1");
        }
    }
}
