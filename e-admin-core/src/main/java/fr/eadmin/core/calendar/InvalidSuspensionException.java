package fr.eadmin.core.calendar;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A suspension of a {@link RunningDelay} is not consistent: it ends before it begins, begins before the delay
 * started, or a resumption is recorded while the delay is not suspended. The message says which.
 */
public final class InvalidSuspensionException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason what is inconsistent
     */
    public InvalidSuspensionException(String reason) {
        super("invalid suspension: " + reason);
    }
}
