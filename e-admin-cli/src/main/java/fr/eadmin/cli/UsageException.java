package fr.eadmin.cli;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * The command line is wrong, or an input named on it cannot be read: the command stops with
 * {@link ExitCode#USAGE} and the message on standard error.
 */
public final class UsageException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, for the person who typed the command
     */
    public UsageException(String message) {
        super(message);
    }

    /**
     * Creates the exception for an input that cannot be read.
     *
     * @param message what is wrong, for the person who typed the command
     * @param cause the failure reading the input
     */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
