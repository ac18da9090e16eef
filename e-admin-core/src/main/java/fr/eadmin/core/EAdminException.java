package fr.eadmin.core;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception e-admin throws. Unchecked: callers catch the precise subclass they can
 * handle, named after what went wrong.
 */
public class EAdminException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message for a developer or an agent (never personal data).
     *
     * @param message what went wrong
     */
    public EAdminException(String message) {
        super(message);
    }

    /**
     * Creates an exception caused by another one.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public EAdminException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
