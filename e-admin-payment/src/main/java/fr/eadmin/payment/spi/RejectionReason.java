package fr.eadmin.payment.spi;

/** Why a provider's answer was not trusted. */
public enum RejectionReason {
    /** A field the provider always sends is missing or unreadable. */
    MALFORMED,
    /** The answer carries no signature where the provider signs its answers. */
    SIGNATURE_MISSING,
    /** The signature does not match the content. */
    SIGNATURE_INVALID,
    /** The answer names a payment that was not started here. */
    UNKNOWN_PAYMENT,
    /** The reference does not match the payment it claims to be about. */
    REFERENCE_MISMATCH,
    /** The amount differs from the amount of the payment started. */
    AMOUNT_MISMATCH,
    /** The currency is not the euro. */
    CURRENCY_MISMATCH,
    /** The provider could not be reached or answered with an error; try again later. */
    PROVIDER_UNAVAILABLE
}
