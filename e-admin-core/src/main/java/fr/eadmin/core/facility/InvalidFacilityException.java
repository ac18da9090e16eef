package fr.eadmin.core.facility;

import fr.eadmin.core.InvalidValueException;
import java.io.Serial;

/**
 * A facility value was refused: a blank name, a latitude out of range, overlapping time ranges on a day, a
 * duplicate id in a directory… The message names the field and says what is wrong.
 */
public final class InvalidFacilityException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field that was refused, such as {@code "latitude"} or {@code "horaires.MONDAY"}
     * @param reason what is wrong with it
     */
    public InvalidFacilityException(String field, String reason) {
        super(field + ": " + reason, field, reason);
    }
}
