package fr.eadmin.payment.invoice;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** A payment was asked for an invoice that is not open (already paid, or cancelled). */
public final class InvoiceNotPayableException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #invoiceId()}. */
    private final String invoiceId;

    /** See {@link #status()}. */
    private final InvoiceStatus status;

    /**
     * Creates the exception.
     *
     * @param invoiceId the invoice's id
     * @param status its status
     */
    public InvoiceNotPayableException(String invoiceId, InvoiceStatus status) {
        super("invoice " + invoiceId + " cannot be paid: it is " + status);
        this.invoiceId = invoiceId;
        this.status = status;
    }

    /** {@return the invoice's id} */
    public String invoiceId() {
        return invoiceId;
    }

    /** {@return its status} */
    public InvoiceStatus status() {
        return status;
    }
}
