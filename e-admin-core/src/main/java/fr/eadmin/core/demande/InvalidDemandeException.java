package fr.eadmin.core.demande;

import fr.eadmin.core.InvalidValueException;
import java.io.Serial;

/**
 * A demande cannot be created as asked: the téléservice does not accept the channel, the beneficiary is not in
 * the demandeur's foyer, a value is malformed. The message names the field and says what is wrong, never its
 * value.
 */
public final class InvalidDemandeException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field refused, such as {@code "channel"}
     * @param reason what is wrong
     */
    public InvalidDemandeException(String field, String reason) {
        super(field + ": " + reason, field, reason);
    }
}
