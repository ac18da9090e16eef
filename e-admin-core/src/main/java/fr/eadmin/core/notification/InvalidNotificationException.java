package fr.eadmin.core.notification;

import fr.eadmin.core.InvalidValueException;
import java.io.Serial;

/**
 * A notification value was refused: a subject on a text message, a body too long, a control character in
 * a subject... The message names the field and says what is wrong, never the value.
 */
public final class InvalidNotificationException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field that is wrong, such as {@code "subject"}
     * @param reason what is wrong with it, without its value
     */
    public InvalidNotificationException(String field, String reason) {
        super("invalid notification " + field + ": " + reason, field, reason);
    }
}
