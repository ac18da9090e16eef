package fr.eadmin.payment.payfip;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** PayFiP could not be reached, or answered something that is not a SOAP answer; try again later. */
public final class PayfipUnavailableException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the underlying failure, if any
     */
    public PayfipUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
