package fr.eadmin.payment;

import fr.eadmin.core.EAdminException;
import fr.eadmin.payment.spi.RejectionReason;
import java.io.Serial;

/**
 * The provider's answer to a refund could not be trusted or did not match the refund asked (reference, amount,
 * currency): nothing was recorded.
 */
public final class RefundRejectedException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #paymentId()}. */
    private final String paymentId;

    /** See {@link #reason()}. */
    private final RejectionReason reason;

    /**
     * Creates the exception.
     *
     * @param paymentId the payment's id
     * @param reason why the answer was rejected
     * @param detail what exactly: never a secret, never personal data
     */
    public RefundRejectedException(String paymentId, RejectionReason reason, String detail) {
        super("the refund of payment " + paymentId + " was rejected: " + reason + " (" + detail + ")");
        this.paymentId = paymentId;
        this.reason = reason;
    }

    /** {@return the payment's id} */
    public String paymentId() {
        return paymentId;
    }

    /** {@return why the answer was rejected} */
    public RejectionReason reason() {
        return reason;
    }
}
