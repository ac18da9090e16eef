package fr.eadmin.identity;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A cryptographic operation failed for a reason the caller did not cause: an algorithm missing from the
 * provider, a key the provider refuses, an HSM that does not answer. The operation names what was being
 * done.
 */
public class CryptographicFailureException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** What was being done. */
    private final String operation;

    /**
     * Creates the exception.
     *
     * @param operation what was being done ("sign a certificate", "generate a key pair"…)
     * @param cause the provider's failure
     */
    public CryptographicFailureException(String operation, Throwable cause) {
        super("cryptographic operation failed: " + operation, cause);
        this.operation = operation;
    }

    /**
     * What was being done.
     *
     * @return the operation
     */
    public String operation() {
        return operation;
    }
}
