package fr.eadmin.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * One refund of a paid payment, in whole or in part, as the provider confirmed it. Never changed nor deleted;
 * the refunds of a payment add up to at most its amount.
 *
 * @param paymentId the payment refunded
 * @param amountCents the amount given back, in euro cents, more than zero
 * @param reason why, in a few words, for the régisseur's records: no personal data
 * @param refundedAt when the refund was recorded
 */
public record PaymentRefund(PaymentId paymentId, long amountCents, String reason, Instant refundedAt) {
    /** The longest reason. */
    public static final int MAX_REASON = 500;

    /** Checks the values. */
    public PaymentRefund {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(refundedAt, "refundedAt");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a refund is of more than zero cents, got " + amountCents);
        }
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a refund gives its reason in 1 to " + MAX_REASON + " characters");
        }
    }
}
