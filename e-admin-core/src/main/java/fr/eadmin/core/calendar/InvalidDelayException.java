package fr.eadmin.core.calendar;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A delay is not well formed: an amount out of range or a text that {@link Delay#parse(String)} does not read
 * ("2 mois", "15 jours ouvrés"). The message says what is wrong.
 */
public final class InvalidDelayException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong
     */
    public InvalidDelayException(String reason) {
        super("invalid delay: " + reason);
    }
}
