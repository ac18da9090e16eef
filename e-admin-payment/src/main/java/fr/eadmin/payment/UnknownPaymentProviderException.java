package fr.eadmin.payment;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** A payment names a provider that the payment service was not given. */
public final class UnknownPaymentProviderException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #provider()}. */
    private final String provider;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     */
    public UnknownPaymentProviderException(String provider) {
        super("no payment provider named " + provider + " is registered");
        this.provider = provider;
    }

    /** {@return the provider's name} */
    public String provider() {
        return provider;
    }
}
