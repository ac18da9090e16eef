package fr.eadmin.core.teleservice;

import fr.eadmin.core.internal.Codes;
import java.util.Objects;

/**
 * The organisation that owns a téléservice and decides on its demandes.
 *
 * @param code a technical code, such as {@code "mairie-maurepas"}: letters, digits, dots, dashes, underscores
 * @param name its name, such as {@code "Mairie de Maurepas"}
 * @param kind the town or a partner
 * @param contact the service in charge of the demandes
 */
public record Organisation(String code, String name, OrganisationKind kind, ServiceContact contact) {
    /**
     * Checks the values.
     *
     * @throws InvalidTeleserviceException if the code is not a technical code or the name is blank
     */
    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contact, "contact");
        try {
            Codes.require("code", code);
        } catch (IllegalArgumentException e) {
            throw new InvalidTeleserviceException(null, "code", e.getMessage());
        }
        name = name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidTeleserviceException(null, "name", "must be 1 to 200 characters");
        }
    }
}
