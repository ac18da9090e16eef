package fr.eadmin.core.dossier;

import fr.eadmin.core.InvalidValueException;
import java.io.Serial;

/**
 * A dossier value was refused: a pièce dated after it was supplied, an identity document without its expiry
 * date, a file name with a path... The message names the field and says what is wrong, never the value.
 */
public final class InvalidDossierException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field that was refused, such as {@code "piece.expiryDate"}
     * @param reason what is wrong with it, without its value
     */
    public InvalidDossierException(String field, String reason) {
        super(field + ": " + reason, field, reason);
    }
}
