package fr.eadmin.payment.spi;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** A provider was asked something it cannot do (a refund, a status query), as its capabilities say. */
public final class UnsupportedPaymentOperationException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #provider()}. */
    private final String provider;

    /** See {@link #operation()}. */
    private final String operation;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param operation what it cannot do
     */
    public UnsupportedPaymentOperationException(String provider, String operation) {
        super("the payment provider " + provider + " does not support " + operation);
        this.provider = provider;
        this.operation = operation;
    }

    /** {@return the provider's name} */
    public String provider() {
        return provider;
    }

    /** {@return what it cannot do} */
    public String operation() {
        return operation;
    }
}
