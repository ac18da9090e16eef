package fr.eadmin.payment;

/** What a provider says of a payment, once its answer has been verified. */
public enum PaymentOutcome {
    /** The money is collected. */
    PAID,
    /** The bank or the provider refused the payment. */
    REFUSED,
    /** The payer abandoned or cancelled the payment. */
    CANCELLED,
    /** No final answer yet: ask again later. */
    WAITING,
    /** The payment was not completed in the time the provider allows. */
    EXPIRED,
    /** The provider reports a technical failure; nothing was collected. */
    ERROR,
    /** The money collected was given back, in whole or in part: the answer to a refund. */
    REFUNDED
}
