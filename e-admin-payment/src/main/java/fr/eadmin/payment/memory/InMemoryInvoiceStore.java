package fr.eadmin.payment.memory;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.invoice.Invoice;
import fr.eadmin.payment.invoice.InvoiceId;
import fr.eadmin.payment.invoice.InvoiceStatus;
import fr.eadmin.payment.spi.InvoiceStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Invoices kept in memory, for tests and demonstrations. Thread-safe. */
public final class InMemoryInvoiceStore implements InvoiceStore {
    private final Map<InvoiceId, Invoice> invoices = new LinkedHashMap<>();

    private InMemoryInvoiceStore() {}

    /** {@return a new empty store} */
    public static InMemoryInvoiceStore create() {
        return new InMemoryInvoiceStore();
    }

    @Override
    public synchronized void create(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        if (invoices.containsKey(invoice.id())
                || invoices.values().stream().anyMatch(i -> i.number().equals(invoice.number()))) {
            throw new DuplicateKeyException("invoice", invoice.number());
        }
        invoices.put(invoice.id(), invoice);
    }

    @Override
    public synchronized Optional<Invoice> find(InvoiceId id) {
        return Optional.ofNullable(invoices.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized List<Invoice> findOpen(UsagerId foyer) {
        Objects.requireNonNull(foyer, "foyer");
        return invoices.values().stream()
                .filter(i -> i.foyer().equals(foyer) && i.status() == InvoiceStatus.OPEN)
                .sorted(Comparator.comparing(Invoice::dueOn).thenComparing(Invoice::number))
                .toList();
    }

    @Override
    public synchronized List<InvoiceId> settle(List<InvoiceId> ids, PaymentId payment) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(payment, "payment");
        List<InvoiceId> changed = new ArrayList<>();
        for (InvoiceId id : ids) {
            Invoice invoice = invoices.get(id);
            if (invoice != null && invoice.status() == InvoiceStatus.OPEN) {
                invoices.put(id, invoice.paidBy(payment));
                changed.add(id);
            }
        }
        return changed;
    }

    @Override
    public synchronized boolean cancel(InvoiceId id) {
        Invoice invoice = invoices.get(Objects.requireNonNull(id, "id"));
        if (invoice == null || invoice.status() != InvoiceStatus.OPEN) {
            return false;
        }
        invoices.put(
                id,
                new Invoice(
                        invoice.id(),
                        invoice.number(),
                        invoice.foyer(),
                        invoice.service(),
                        invoice.lines(),
                        invoice.issuedOn(),
                        invoice.dueOn(),
                        InvoiceStatus.CANCELLED,
                        null));
        return true;
    }
}
