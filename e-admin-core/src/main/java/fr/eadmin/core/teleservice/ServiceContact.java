package fr.eadmin.core.teleservice;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.usager.Adresse;
import java.util.Objects;

/**
 * The service in charge of a téléservice's demandes, as the accusé de réception must name it (CRPA R112-5,
 * 1°: "la désignation, l'adresse postale et, le cas échéant, électronique, ainsi que le numéro de téléphone
 * du service chargé du dossier").
 *
 * @param designation the name of the service, such as {@code "Service enfance - scolarité"}
 * @param postalAddress its postal address
 * @param email its email address
 * @param telephone its telephone number
 */
public record ServiceContact(String designation, Adresse postalAddress, Email email, Telephone telephone) {
    /**
     * Checks the values.
     *
     * @throws InvalidTeleserviceException if the designation is blank or longer than 200 characters
     */
    public ServiceContact {
        Objects.requireNonNull(designation, "designation");
        Objects.requireNonNull(postalAddress, "postalAddress");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(telephone, "telephone");
        designation = designation.strip();
        if (designation.isEmpty() || designation.length() > 200) {
            throw new InvalidTeleserviceException(null, "contact.designation", "must be 1 to 200 characters");
        }
    }
}
