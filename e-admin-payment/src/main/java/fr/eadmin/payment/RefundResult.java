package fr.eadmin.payment;

import fr.eadmin.payment.receipt.ReceiptCancellation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a refund did: the payment as stored afterwards (still {@link PaymentStatus#PAID} after a partial refund,
 * {@link PaymentStatus#REFUNDED} once the refunds add up to its amount), the refund recorded, and the
 * cancellation of its receipt when the payment became fully refunded and had one.
 *
 * @param payment the payment after the refund
 * @param refund the refund recorded
 * @param refundedCents all that was refunded of the payment so far, this refund included
 * @param receiptCancellation the cancellation of the payment's receipt, if this refund cancelled it
 */
public record RefundResult(
        Payment payment,
        PaymentRefund refund,
        long refundedCents,
        @Nullable ReceiptCancellation receiptCancellation) {
    /** Checks the values. */
    public RefundResult {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(refund, "refund");
        if (refundedCents < refund.amountCents() || refundedCents > payment.amountCents()) {
            throw new IllegalArgumentException("refunded " + refundedCents + " cents of " + payment.amountCents());
        }
    }
}
