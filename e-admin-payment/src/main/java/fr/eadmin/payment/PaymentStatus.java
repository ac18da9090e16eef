package fr.eadmin.payment;

/** Where a payment stands in its lifecycle. */
public enum PaymentStatus {
    /** Stored, not yet handed to the provider. */
    CREATED,
    /** Handed to the provider; the usager is paying, or has not come back. */
    PENDING,
    /** The money is collected: final, except for a refund. */
    PAID,
    /** The bank or the provider refused the payment: final. */
    REFUSED,
    /** The usager abandoned or cancelled the payment: final. */
    CANCELLED,
    /** The payment was not completed in time: final. */
    EXPIRED,
    /** The money collected was given back: final. */
    REFUNDED;

    /** {@return whether the payment may still be paid (created or pending)} */
    public boolean isOpen() {
        return this == CREATED || this == PENDING;
    }
}
