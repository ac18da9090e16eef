package fr.eadmin.payment;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** A refund was asked of a payment that is not paid (still open, refused, already fully refunded…). */
public final class PaymentNotRefundableException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #paymentId()}. */
    private final String paymentId;

    /** See {@link #status()}. */
    private final PaymentStatus status;

    /**
     * Creates the exception.
     *
     * @param paymentId the payment's id
     * @param status its status
     */
    public PaymentNotRefundableException(String paymentId, PaymentStatus status) {
        super("payment " + paymentId + " cannot be refunded: it is " + status);
        this.paymentId = paymentId;
        this.status = status;
    }

    /** {@return the payment's id} */
    public String paymentId() {
        return paymentId;
    }

    /** {@return its status} */
    public PaymentStatus status() {
        return status;
    }
}
