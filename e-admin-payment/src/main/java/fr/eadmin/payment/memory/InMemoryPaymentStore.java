package fr.eadmin.payment.memory;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.PaymentRefund;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.invoice.InvoiceId;
import fr.eadmin.payment.receipt.PaidPayment;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptCancellation;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.ReceiptNumber;
import fr.eadmin.payment.receipt.SettledPayment;
import fr.eadmin.payment.spi.InvoiceStore;
import fr.eadmin.payment.spi.PaymentStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Payments kept in memory, for tests and demonstrations. Thread-safe. */
public final class InMemoryPaymentStore implements PaymentStore {
    private final Map<PaymentId, Versioned<Payment>> byId = new HashMap<>();
    private final Map<String, PaymentId> byReference = new HashMap<>();
    private final Map<PaymentId, Receipt> receipts = new HashMap<>();
    private final Map<String, Long> lastNumbers = new HashMap<>();
    private final Map<String, ReceiptCancellation> cancellations = new HashMap<>();
    private final Map<PaymentId, List<PaymentRefund>> refunds = new HashMap<>();

    private InMemoryPaymentStore() {}

    /** {@return a new empty store} */
    public static InMemoryPaymentStore create() {
        return new InMemoryPaymentStore();
    }

    @Override
    public synchronized Versioned<Payment> create(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        if (byId.containsKey(payment.id())) {
            throw new DuplicateKeyException("payment", payment.id().toString());
        }
        if (byReference.containsKey(payment.reference())) {
            throw new DuplicateKeyException("payment", payment.reference());
        }
        Versioned<Payment> stored = new Versioned<>(payment, 1);
        byId.put(payment.id(), stored);
        byReference.put(payment.reference(), payment.id());
        return stored;
    }

    @Override
    public synchronized Versioned<Payment> update(Payment payment, long expectedVersion) {
        Objects.requireNonNull(payment, "payment");
        Versioned<Payment> current = byId.get(payment.id());
        if (current == null) {
            throw new NotFoundException("payment", payment.id().toString());
        }
        if (current.version() != expectedVersion) {
            throw new ConcurrentUpdateException("payment", payment.id().toString(), expectedVersion);
        }
        if (!current.value().reference().equals(payment.reference())) {
            throw new IllegalArgumentException("the reference of a payment never changes");
        }
        Versioned<Payment> next = new Versioned<>(payment, expectedVersion + 1);
        byId.put(payment.id(), next);
        return next;
    }

    @Override
    public synchronized PaidPayment recordPaid(Payment paid, long expectedVersion, ReceiptDraft draft) {
        Objects.requireNonNull(draft, "draft");
        SettledPayment settled = recordPaidAndSettle(paid, expectedVersion, draft, null);
        return new PaidPayment(settled.payment(), Objects.requireNonNull(settled.receipt()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The invoices may be in any store: should settling them fail, the payment and the receipt counter are
     * put back as they were before the failure is thrown.
     */
    @Override
    public synchronized SettledPayment recordPaidAndSettle(
            Payment paid, long expectedVersion, @Nullable ReceiptDraft draft, @Nullable InvoiceStore invoices) {
        Objects.requireNonNull(paid, "paid");
        if (draft != null && receipts.containsKey(paid.id())) {
            throw new DuplicateKeyException("receipt", paid.id().toString());
        }
        List<InvoiceId> toSettle = invoices == null
                ? List.of()
                : paid.invoiceIds().stream().map(InvoiceId::parse).toList();
        Receipt receipt = null;
        String counter = null;
        if (draft != null) {
            int year = ReceiptNumber.yearOf(paid.updatedAt());
            counter = draft.regie() + "/" + year;
            receipt = Receipt.issue(paid, draft, new ReceiptNumber(year, lastNumbers.getOrDefault(counter, 0L) + 1));
        } else if (paid.status() != PaymentStatus.PAID) {
            throw new IllegalArgumentException("only a paid payment is recorded as paid");
        }
        Versioned<Payment> before = byId.get(paid.id());
        Versioned<Payment> updated = update(paid, expectedVersion);
        List<InvoiceId> settled;
        try {
            settled = invoices == null ? List.of() : invoices.settle(toSettle, paid.id());
        } catch (RuntimeException e) {
            byId.put(paid.id(), Objects.requireNonNull(before)); // as if the transaction rolled back
            throw e;
        }
        if (receipt != null) {
            lastNumbers.put(Objects.requireNonNull(counter), receipt.number().sequence());
            receipts.put(paid.id(), receipt);
        }
        return new SettledPayment(updated, receipt, settled);
    }

    @Override
    public synchronized Versioned<Payment> recordRefund(
            Payment refunded, long expectedVersion, PaymentRefund refund, @Nullable ReceiptCancellation cancellation) {
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(refund, "refund");
        if (!refund.paymentId().equals(refunded.id())) {
            throw new IllegalArgumentException("the refund is of another payment");
        }
        Versioned<Payment> current = byId.get(refunded.id());
        if (current == null) {
            throw new NotFoundException("payment", refunded.id().toString());
        }
        if (current.version() != expectedVersion) {
            throw new ConcurrentUpdateException("payment", refunded.id().toString(), expectedVersion);
        }
        if (!current.value().reference().equals(refunded.reference())) {
            throw new IllegalArgumentException("the reference of a payment never changes");
        }
        if (cancellation != null) {
            cancelReceipt(cancellation); // the last check that may fail: all or nothing
        }
        Versioned<Payment> updated = update(refunded, expectedVersion);
        refunds.computeIfAbsent(refunded.id(), id -> new ArrayList<>()).add(refund);
        return updated;
    }

    @Override
    public synchronized List<PaymentRefund> refunds(PaymentId paymentId) {
        return List.copyOf(refunds.getOrDefault(Objects.requireNonNull(paymentId, "paymentId"), List.of()));
    }

    @Override
    public synchronized Optional<Receipt> findReceipt(PaymentId paymentId) {
        return Optional.ofNullable(receipts.get(Objects.requireNonNull(paymentId, "paymentId")));
    }

    @Override
    public synchronized List<Receipt> receipts(String regie, int year) {
        Objects.requireNonNull(regie, "regie");
        List<Receipt> found = new ArrayList<>();
        for (Receipt receipt : receipts.values()) {
            if (receipt.regie().equals(regie) && receipt.number().year() == year) {
                found.add(receipt);
            }
        }
        found.sort(Comparator.comparing(Receipt::number));
        return found;
    }

    @Override
    public synchronized void cancelReceipt(ReceiptCancellation cancellation) {
        Objects.requireNonNull(cancellation, "cancellation");
        String key = cancellation.regie() + "/" + cancellation.number();
        boolean issued = receipts.values().stream()
                .anyMatch(r ->
                        r.regie().equals(cancellation.regie()) && r.number().equals(cancellation.number()));
        if (!issued) {
            throw new NotFoundException("receipt", key);
        }
        if (cancellations.putIfAbsent(key, cancellation) != null) {
            throw new DuplicateKeyException("receipt cancellation", key);
        }
    }

    @Override
    public synchronized Optional<ReceiptCancellation> findCancellation(String regie, ReceiptNumber number) {
        return Optional.ofNullable(cancellations.get(
                Objects.requireNonNull(regie, "regie") + "/" + Objects.requireNonNull(number, "number")));
    }

    @Override
    public synchronized Optional<Versioned<Payment>> find(PaymentId id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized Optional<Versioned<Payment>> findByReference(String reference) {
        PaymentId id = byReference.get(Objects.requireNonNull(reference, "reference"));
        return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }

    @Override
    public synchronized Optional<Versioned<Payment>> findByProviderTransactionId(
            String provider, String providerTransactionId) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerTransactionId, "providerTransactionId");
        return byId.values().stream()
                .filter(v -> v.value().provider().equals(provider)
                        && providerTransactionId.equals(v.value().providerTransactionId()))
                .min(Comparator.comparing((Versioned<Payment> v) -> v.value().createdAt())
                        .thenComparing(v -> v.value().id()));
    }

    @Override
    public synchronized List<Versioned<Payment>> findOpen(int limit) {
        PaymentStore.checkLimit(limit);
        return byId.values().stream()
                .filter(v -> v.value().status().isOpen())
                .sorted(Comparator.comparing((Versioned<Payment> v) -> v.value().createdAt())
                        .thenComparing(v -> v.value().id()))
                .limit(limit)
                .toList();
    }
}
