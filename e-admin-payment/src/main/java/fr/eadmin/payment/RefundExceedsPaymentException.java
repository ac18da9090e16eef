package fr.eadmin.payment;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** A refund would give back more than what was paid and not yet refunded. */
public final class RefundExceedsPaymentException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #paymentId()}. */
    private final String paymentId;

    /** See {@link #requestedCents()}. */
    private final long requestedCents;

    /** See {@link #refundableCents()}. */
    private final long refundableCents;

    /**
     * Creates the exception.
     *
     * @param paymentId the payment's id
     * @param requestedCents the amount asked, in euro cents
     * @param refundableCents what may still be refunded, in euro cents
     */
    public RefundExceedsPaymentException(String paymentId, long requestedCents, long refundableCents) {
        super("payment " + paymentId + ": a refund of " + requestedCents + " cents exceeds the " + refundableCents
                + " cents still refundable");
        this.paymentId = paymentId;
        this.requestedCents = requestedCents;
        this.refundableCents = refundableCents;
    }

    /** {@return the payment's id} */
    public String paymentId() {
        return paymentId;
    }

    /** {@return the amount asked, in euro cents} */
    public long requestedCents() {
        return requestedCents;
    }

    /** {@return what may still be refunded, in euro cents} */
    public long refundableCents() {
        return refundableCents;
    }
}
