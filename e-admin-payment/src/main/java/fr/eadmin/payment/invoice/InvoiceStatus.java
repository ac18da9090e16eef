package fr.eadmin.payment.invoice;

/** Where an invoice stands. */
public enum InvoiceStatus {
    /** Issued, waiting to be paid. */
    OPEN,
    /** Settled by a payment. */
    PAID,
    /** Withdrawn by the town; nothing is owed. */
    CANCELLED
}
