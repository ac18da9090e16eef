package fr.eadmin.identity.timestamp;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A time-stamping authority could not be reached, or answered outside the protocol (an HTTP status other
 * than 200, a content type other than {@code application/timestamp-reply}).
 */
public class TimestampTransportException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The HTTP status, or -1 when there was no answer. */
    private final int httpStatus;

    /**
     * Creates the exception.
     *
     * @param reason what went wrong
     * @param httpStatus the HTTP status the authority answered, or -1 when it did not answer
     * @param cause the underlying failure, if any
     */
    public TimestampTransportException(String reason, int httpStatus, @Nullable Throwable cause) {
        super("time-stamping authority unreachable: " + reason, cause);
        this.httpStatus = httpStatus;
    }

    /**
     * The HTTP status the authority answered.
     *
     * @return the status, or empty when it did not answer
     */
    public OptionalInt httpStatus() {
        return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}
