package fr.eadmin.identity.timestamp;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A time-stamping authority granted a request but its response cannot be accepted: unparsable, not
 * matching the request (another digest, another nonce, no certificate when one was asked), or a token that
 * fails verification.
 */
public class InvalidTimestampResponseException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong with the response
     * @param cause the underlying failure, if any
     */
    public InvalidTimestampResponseException(String reason, @Nullable Throwable cause) {
        super("time-stamp response rejected: " + reason, cause);
    }
}
