package fr.eadmin.payment.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment as started with a provider: what a status query or a refund needs.
 *
 * @param request the request it was started with
 * @param providerTransactionId the provider's id of the transaction, when it gave one (for PayFiP the
 *     {@code idOp})
 */
public record StartedPayment(
        PaymentRequest request, @Nullable String providerTransactionId) {
    /** Checks the values. */
    public StartedPayment {
        Objects.requireNonNull(request, "request");
    }
}
