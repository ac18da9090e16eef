package fr.eadmin.payment.spi;

import fr.eadmin.core.identifier.Email;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment to start.
 *
 * @param reference our reference of the payment, unique, sent to the provider (for PayFiP the {@code refdet})
 * @param amountCents the amount in euro cents, more than zero
 * @param description what is paid for, as the usager will see it (for PayFiP the {@code objet})
 * @param payerEmail where the provider may send its own receipt, if known
 * @param returnUrl where the usager's browser comes back after paying
 * @param notificationUrl where the provider posts its server-to-server notification
 * @param createdAt when the payment was created
 */
public record PaymentRequest(
        String reference,
        long amountCents,
        String description,
        @Nullable Email payerEmail,
        URI returnUrl,
        URI notificationUrl,
        Instant createdAt) {
    /** The only currency e-admin takes: the euro, ISO 4217. */
    public static final String CURRENCY = "EUR";

    /** Checks the values. */
    public PaymentRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(notificationUrl, "notificationUrl");
        Objects.requireNonNull(createdAt, "createdAt");
        if (reference.isBlank()) {
            throw new IllegalArgumentException("a payment needs a reference");
        }
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a payment is of a positive amount, got " + amountCents + " cents");
        }
    }
}
