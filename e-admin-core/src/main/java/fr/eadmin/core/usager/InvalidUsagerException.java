package fr.eadmin.core.usager;

import fr.eadmin.core.InvalidValueException;
import java.io.Serial;

/**
 * A usager value was refused: a name is blank, a foyer has no responsable légal, a French address has no
 * voie... The message names the field and says what is wrong, never the rejected value (names, addresses
 * and dates of birth are personal data).
 */
public final class InvalidUsagerException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field that was refused, such as {@code "prenoms"} or {@code "adresse.codePostal"}
     * @param reason what is wrong with it, without its value
     */
    public InvalidUsagerException(String field, String reason) {
        super(field + ": " + reason, field, reason);
    }
}
