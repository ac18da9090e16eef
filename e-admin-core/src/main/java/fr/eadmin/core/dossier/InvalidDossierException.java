package fr.eadmin.core.dossier;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A dossier value was refused: a pièce dated after it was supplied, an identity document without its expiry
 * date, a file name with a path... The message names the field and says what is wrong, never the value.
 */
public final class InvalidDossierException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param field the field that was refused, such as {@code "piece.expiryDate"}
     * @param reason what is wrong with it, without its value
     */
    public InvalidDossierException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /**
     * The field that was refused.
     *
     * @return the field name
     */
    public String field() {
        return field;
    }

    /**
     * What is wrong with the field.
     *
     * @return the reason, without the rejected value
     */
    public String reason() {
        return reason;
    }
}
