package fr.eadmin.payment;

import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.StartedPayment;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One online payment, from its creation to its final status. Stored with a version for optimistic locking
 * ({@link fr.eadmin.payment.spi.PaymentStore}); changed only by {@link PaymentService} and {@link
 * PaymentSweeper}.
 *
 * @param id the technical id
 * @param reference our reference, unique, sent to the provider
 * @param amountCents the amount in euro cents, more than zero
 * @param description what is paid for, as the usager sees it
 * @param provider the name of the provider that handles it
 * @param status where it stands
 * @param providerTransactionId the provider's id of the transaction, once known
 * @param returnUrl where the usager's browser comes back after paying
 * @param notificationUrl where the provider posts its notification
 * @param createdAt when it was created
 * @param updatedAt when its status last changed
 * @param expiresAt when an unpaid payment is given up
 * @param invoiceIds the ids of the invoices it settles, possibly none
 */
public record Payment(
        PaymentId id,
        String reference,
        long amountCents,
        String description,
        String provider,
        PaymentStatus status,
        @Nullable String providerTransactionId,
        URI returnUrl,
        URI notificationUrl,
        Instant createdAt,
        Instant updatedAt,
        Instant expiresAt,
        List<String> invoiceIds) {
    /** The longest reference. */
    public static final int MAX_REFERENCE = 64;

    /** Checks and copies the values. */
    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(notificationUrl, "notificationUrl");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        invoiceIds = List.copyOf(Objects.requireNonNull(invoiceIds, "invoiceIds"));
        if (reference.isBlank() || reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("a payment reference has 1 to " + MAX_REFERENCE + " characters");
        }
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a payment is of a positive amount, got " + amountCents + " cents");
        }
        if (provider.isBlank()) {
            throw new IllegalArgumentException("a payment names its provider");
        }
        if (expiresAt.isBefore(createdAt) || updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a payment cannot expire or change before it is created");
        }
    }

    /**
     * A new payment, created now from a request.
     *
     * @param id its id
     * @param request the request
     * @param provider the provider's name
     * @param expiresAt when it will be given up if not paid
     * @param invoiceIds the invoices it settles
     * @return the payment, {@link PaymentStatus#CREATED}
     */
    public static Payment create(
            PaymentId id, PaymentRequest request, String provider, Instant expiresAt, List<String> invoiceIds) {
        Objects.requireNonNull(request, "request");
        return new Payment(
                id,
                request.reference(),
                request.amountCents(),
                request.description(),
                provider,
                PaymentStatus.CREATED,
                null,
                request.returnUrl(),
                request.notificationUrl(),
                request.createdAt(),
                request.createdAt(),
                expiresAt,
                invoiceIds);
    }

    /**
     * The same payment in another status.
     *
     * @param next the new status
     * @param at when it changed
     * @param transactionId the provider's transaction id, or null to keep the one known
     * @return the changed payment
     */
    public Payment withStatus(PaymentStatus next, Instant at, @Nullable String transactionId) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(at, "at");
        return new Payment(
                id,
                reference,
                amountCents,
                description,
                provider,
                next,
                transactionId != null ? transactionId : providerTransactionId,
                returnUrl,
                notificationUrl,
                createdAt,
                at.isBefore(createdAt) ? createdAt : at,
                expiresAt,
                invoiceIds);
    }

    /** {@return the payment as the provider knows it (without the payer's email, which is not kept)} */
    public StartedPayment started() {
        return new StartedPayment(
                new PaymentRequest(reference, amountCents, description, null, returnUrl, notificationUrl, createdAt),
                providerTransactionId);
    }
}
