package fr.eadmin.payment.spi;

import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.invoice.Invoice;
import fr.eadmin.payment.invoice.InvoiceId;
import java.util.List;
import java.util.Optional;

/** Where invoices are kept. Implementations are thread-safe. */
public interface InvoiceStore {
    /**
     * Stores a new invoice.
     *
     * @param invoice the invoice
     * @throws fr.eadmin.core.DuplicateKeyException if its id or its number is already stored
     */
    void create(Invoice invoice);

    /**
     * An invoice by id.
     *
     * @param id the id
     * @return the invoice, if stored
     */
    Optional<Invoice> find(InvoiceId id);

    /**
     * The open invoices of a foyer, soonest due first.
     *
     * @param foyer the foyer
     * @return its open invoices
     */
    List<Invoice> findOpen(UsagerId foyer);

    /**
     * Marks open invoices as paid by a payment. Invoices not open are left as they are, so that settling twice
     * changes nothing the second time.
     *
     * @param ids the invoices
     * @param payment the payment that settles them
     * @return the invoices that changed, in the order given
     */
    List<InvoiceId> settle(List<InvoiceId> ids, PaymentId payment);

    /**
     * Cancels an open invoice.
     *
     * @param id the invoice
     * @return whether it was open and is now cancelled
     */
    boolean cancel(InvoiceId id);
}
