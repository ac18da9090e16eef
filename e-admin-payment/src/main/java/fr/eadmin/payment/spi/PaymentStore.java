package fr.eadmin.payment.spi;

import fr.eadmin.core.spi.Versioned;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.PaymentRefund;
import fr.eadmin.payment.receipt.PaidPayment;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptCancellation;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.ReceiptNumber;
import fr.eadmin.payment.receipt.SettledPayment;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where payments are kept, with a version each for optimistic locking. Implementations are thread-safe and
 * must pass the contract tests of {@code e-admin-test} ({@code PaymentStoreContract}).
 */
public interface PaymentStore {
    /** The largest page {@link #findOpen} returns. */
    int MAX_PAGE = 1_000;

    /**
     * Stores a new payment.
     *
     * @param payment the payment
     * @return the payment at version 1
     * @throws fr.eadmin.core.DuplicateKeyException if its id or its reference is already stored
     */
    Versioned<Payment> create(Payment payment);

    /**
     * Replaces a payment, if nobody changed it since it was read.
     *
     * @param payment the new state (same id and reference as stored)
     * @param expectedVersion the version it was read at
     * @return the payment at the next version
     * @throws fr.eadmin.core.ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     * @throws fr.eadmin.core.NotFoundException if no payment has this id
     */
    Versioned<Payment> update(Payment payment, long expectedVersion);

    /**
     * Records a payment as paid and issues its receipt, atomically: the receipt takes the next number of its
     * régie for the year of {@code paid.updatedAt()} (in Europe/Paris), allocated inside the same transaction
     * as the conditional update of the payment, so that numbers have no gap and no duplicate.
     *
     * @param paid the payment in its paid state
     * @param expectedVersion the version it was read at
     * @param draft what the receipt says
     * @return the payment at the next version and its receipt
     * @throws fr.eadmin.core.ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     *     (no number is used)
     * @throws fr.eadmin.core.NotFoundException if no payment has this id
     * @throws IllegalArgumentException if the payment is not paid or the draft's lines do not add up to its
     *     amount
     */
    PaidPayment recordPaid(Payment paid, long expectedVersion, ReceiptDraft draft);

    /**
     * Records a payment as paid with all that comes with it, atomically: the conditional update of the payment,
     * its receipt if a draft is given (numbered as by {@link #recordPaid}), and the settlement of the invoices it
     * names ({@link Payment#invoiceIds()}) if an invoice store is given: its open invoices are marked paid by it,
     * the others are left as they are. Should any part fail, nothing is changed and no receipt number is used.
     *
     * @param paid the payment in its paid state
     * @param expectedVersion the version it was read at
     * @param draft what the receipt says, or null for no receipt
     * @param invoices where the invoices are, or null to settle none
     * @return the payment at the next version, its receipt and the invoices settled
     * @throws fr.eadmin.core.ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     * @throws fr.eadmin.core.NotFoundException if no payment has this id
     * @throws IllegalArgumentException if the payment is not paid, the draft's lines do not add up to its amount,
     *     an invoice id is malformed, or this store cannot settle invoices of that invoice store in its
     *     transaction
     */
    SettledPayment recordPaidAndSettle(
            Payment paid, long expectedVersion, @Nullable ReceiptDraft draft, @Nullable InvoiceStore invoices);

    /**
     * Records a refund of a payment, atomically: the conditional update of the payment (its status, {@link
     * fr.eadmin.payment.PaymentStatus#REFUNDED} once fully refunded, and its time of change), the refund, and
     * the cancellation of its receipt if one is given, in one transaction.
     *
     * @param refunded the payment after the refund
     * @param expectedVersion the version it was read at
     * @param refund the refund
     * @param cancellation the cancellation of the payment's receipt, or null
     * @return the payment at the next version
     * @throws fr.eadmin.core.ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     *     (nothing is recorded)
     * @throws fr.eadmin.core.NotFoundException if no payment has this id, or the cancellation names no receipt
     * @throws fr.eadmin.core.DuplicateKeyException if the receipt is already cancelled (nothing is recorded)
     * @throws IllegalArgumentException if the refund is of another payment
     */
    Versioned<Payment> recordRefund(
            Payment refunded, long expectedVersion, PaymentRefund refund, @Nullable ReceiptCancellation cancellation);

    /**
     * The refunds of a payment, in the order they were recorded.
     *
     * @param paymentId the payment
     * @return its refunds, possibly none
     */
    List<PaymentRefund> refunds(PaymentId paymentId);

    /**
     * The receipt of a payment.
     *
     * @param paymentId the payment
     * @return its receipt, if one was issued
     */
    Optional<Receipt> findReceipt(PaymentId paymentId);

    /**
     * The receipts of a régie for a year, in number order.
     *
     * @param regie the régie's code
     * @param year the year
     * @return the receipts
     */
    List<Receipt> receipts(String regie, int year);

    /**
     * Cancels a receipt by a linked record; the receipt stays, with its number.
     *
     * @param cancellation the cancellation
     * @throws fr.eadmin.core.NotFoundException if the régie issued no receipt with this number
     * @throws fr.eadmin.core.DuplicateKeyException if the receipt is already cancelled
     */
    void cancelReceipt(ReceiptCancellation cancellation);

    /**
     * The cancellation of a receipt.
     *
     * @param regie the régie's code
     * @param number the receipt's number
     * @return the cancellation, if the receipt was cancelled
     */
    Optional<ReceiptCancellation> findCancellation(String regie, ReceiptNumber number);

    /**
     * A payment by id.
     *
     * @param id the id
     * @return the payment, if stored
     */
    Optional<Versioned<Payment>> find(PaymentId id);

    /**
     * A payment by reference.
     *
     * @param reference our reference
     * @return the payment, if stored
     */
    Optional<Versioned<Payment>> findByReference(String reference);

    /**
     * A payment by the id its provider gave the transaction, for providers whose notifications name only that
     * id. Should two payments of a provider carry the same id, the oldest is returned.
     *
     * @param provider the provider's name
     * @param providerTransactionId the provider's id of the transaction
     * @return the payment, if stored
     */
    Optional<Versioned<Payment>> findByProviderTransactionId(String provider, String providerTransactionId);

    /**
     * Payments still open (created or pending), oldest first.
     *
     * @param limit the most to return, 1 to {@value #MAX_PAGE}
     * @return the payments
     * @throws IllegalArgumentException if the limit is out of range
     */
    List<Versioned<Payment>> findOpen(int limit);

    /**
     * Checks a page limit.
     *
     * @param limit the limit
     * @return the limit
     * @throws IllegalArgumentException if it is not between 1 and {@value #MAX_PAGE}
     */
    static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE + ", got " + limit);
        }
        return limit;
    }
}
