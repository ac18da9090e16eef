package fr.eadmin.payment;

import fr.eadmin.core.Actor;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.payment.invoice.Invoice;
import fr.eadmin.payment.invoice.InvoiceId;
import fr.eadmin.payment.invoice.InvoiceNotPayableException;
import fr.eadmin.payment.invoice.InvoiceStatus;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptCancellation;
import fr.eadmin.payment.receipt.SettledPayment;
import fr.eadmin.payment.spi.InvoiceStore;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentProvider;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStart;
import fr.eadmin.payment.spi.PaymentStore;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.ReceiptDrafter;
import fr.eadmin.payment.spi.RejectionReason;
import fr.eadmin.payment.spi.UnsupportedPaymentOperationException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment lifecycle: starts payments with a provider and applies the provider's verified answers to the
 * stored payments.
 *
 * <p>An answer is trusted only once its provider has verified it ({@link PaymentProvider#verify}) and its
 * reference, amount (to the cent) and currency (the euro) match the payment stored here. Anything else
 * changes nothing and comes back as {@link NotificationResult.Rejected}. Applying is idempotent: the same
 * notification twice, or a server-to-server callback racing the usager's return, changes the payment once
 * (a conditional update on the stored version; a paid payment stays paid). Each change is written to the
 * journal, with ids and codes only.
 *
 * {@snippet :
 * PaymentService payments = PaymentService.of(store, journal, clock, List.of(simulator));
 * PaymentInitiation started = payments.start("simulator", request, List.of());
 * // ... later, in the notification endpoint:
 * NotificationResult result = payments.onNotification(simulator, notification);
 * }
 */
public final class PaymentService {
    /** The subject type of the payment lifecycle's journal entries. */
    public static final String JOURNAL_SUBJECT = "payment";

    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);
    private static final Actor ACTOR = Actor.system("e-admin-payment");
    private static final int MAX_ATTEMPTS = 20;

    private final PaymentStore store;
    private final Journal journal;
    private final Clock clock;
    private final Map<String, PaymentProvider> providers;
    private final @Nullable ReceiptDrafter receipts;
    private final @Nullable InvoiceStore invoices;

    private PaymentService(
            PaymentStore store,
            Journal journal,
            Clock clock,
            Map<String, PaymentProvider> providers,
            @Nullable ReceiptDrafter receipts,
            @Nullable InvoiceStore invoices) {
        this.store = store;
        this.journal = journal;
        this.clock = clock;
        this.providers = providers;
        this.receipts = receipts;
        this.invoices = invoices;
    }

    /**
     * A payment service.
     *
     * @param store where payments are kept
     * @param journal where changes are traced
     * @param clock the clock
     * @param providers the providers payments may use, with distinct names
     * @return the service
     * @throws IllegalArgumentException if two providers have the same name
     */
    public static PaymentService of(
            PaymentStore store, Journal journal, Clock clock, List<? extends PaymentProvider> providers) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(clock, "clock");
        Map<String, PaymentProvider> byName = new LinkedHashMap<>();
        for (PaymentProvider provider : Objects.requireNonNull(providers, "providers")) {
            if (byName.put(provider.name(), provider) != null) {
                throw new IllegalArgumentException("two payment providers are named " + provider.name());
            }
        }
        return new PaymentService(store, journal, clock, Map.copyOf(byName), null, null);
    }

    /**
     * The same service, issuing a receipt for each payment it records as paid, numbered in the same
     * transaction ({@link PaymentStore#recordPaid}).
     *
     * @param drafter says what each receipt says
     * @return a new service
     */
    public PaymentService withReceipts(ReceiptDrafter drafter) {
        return new PaymentService(
                store, journal, clock, providers, Objects.requireNonNull(drafter, "drafter"), invoices);
    }

    /**
     * The same service, marking the invoices a payment settles as paid in the transaction that records the payment
     * as paid ({@link PaymentStore#recordPaidAndSettle}: for a JDBC payment store, invoices of a JDBC invoice
     * store on the same data source), and able to
     * {@linkplain #startForInvoices start payments of invoices}. Settling is idempotent: an invoice already paid
     * is left as it is.
     *
     * @param invoiceStore where the invoices are
     * @return a new service
     */
    public PaymentService withInvoices(InvoiceStore invoiceStore) {
        return new PaymentService(
                store, journal, clock, providers, receipts, Objects.requireNonNull(invoiceStore, "invoiceStore"));
    }

    /**
     * Starts the payment of one or several open invoices, for their total.
     *
     * @param providerName the provider to use
     * @param reference our reference of the payment
     * @param invoiceIds the invoices, at least one
     * @param returnUrl where the usager's browser comes back
     * @param notificationUrl where the provider posts its notification
     * @return the pending payment and where to send the usager's browser
     * @throws IllegalStateException if the service was not given an invoice store
     * @throws NotFoundException if an invoice does not exist
     * @throws InvoiceNotPayableException if an invoice is not open
     */
    public PaymentInitiation startForInvoices(
            String providerName, String reference, List<InvoiceId> invoiceIds, URI returnUrl, URI notificationUrl) {
        Objects.requireNonNull(invoiceIds, "invoiceIds");
        InvoiceStore invoiceStore = invoices;
        if (invoiceStore == null) {
            throw new IllegalStateException("this payment service was not given an invoice store");
        }
        if (invoiceIds.isEmpty()) {
            throw new IllegalArgumentException("a payment of invoices names at least one");
        }
        long total = 0;
        List<String> numbers = new ArrayList<>();
        for (InvoiceId id : invoiceIds) {
            Invoice invoice = invoiceStore.find(id).orElseThrow(() -> new NotFoundException("invoice", id.toString()));
            if (invoice.status() != InvoiceStatus.OPEN) {
                throw new InvoiceNotPayableException(id.toString(), invoice.status());
            }
            total = Math.addExact(total, invoice.totalCents());
            numbers.add(invoice.number());
        }
        String description = (numbers.size() == 1 ? "Facture " : "Factures ") + String.join(", ", numbers);
        PaymentRequest request =
                new PaymentRequest(reference, total, description, null, returnUrl, notificationUrl, clock.instant());
        return start(
                providerName,
                request,
                invoiceIds.stream().map(InvoiceId::toString).toList());
    }

    /**
     * A registered provider.
     *
     * @param name its name
     * @return the provider
     * @throws UnknownPaymentProviderException if none has this name
     */
    public PaymentProvider provider(String name) {
        PaymentProvider provider = providers.get(Objects.requireNonNull(name, "name"));
        if (provider == null) {
            throw new UnknownPaymentProviderException(name);
        }
        return provider;
    }

    /**
     * Starts a payment: stores it as created, hands it to the provider, then stores it as pending with the
     * provider's transaction id.
     *
     * @param providerName the provider to use
     * @param request the payment
     * @param invoiceIds the invoices it settles, possibly none
     * @return the pending payment and where to send the usager's browser
     * @throws UnknownPaymentProviderException if no provider has this name
     * @throws fr.eadmin.core.DuplicateKeyException if a payment with this reference exists
     * @throws fr.eadmin.core.EAdminException if the provider refuses to start it (the payment stays created
     *     and expires)
     */
    public PaymentInitiation start(String providerName, PaymentRequest request, List<String> invoiceIds) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(invoiceIds, "invoiceIds");
        PaymentProvider provider = provider(providerName);
        Instant expiresAt = request.createdAt().plus(provider.capabilities().paymentLifetime());
        Payment created = Payment.create(PaymentId.generate(clock), request, provider.name(), expiresAt, invoiceIds);
        Versioned<Payment> stored = store.create(created);
        trace("payment.created", created, null, created.status());
        PaymentStart start = provider.start(request);
        Payment pending = created.withStatus(PaymentStatus.PENDING, clock.instant(), start.providerTransactionId());
        Versioned<Payment> updated = store.update(pending, stored.version());
        trace("payment.pending", pending, PaymentStatus.CREATED, PaymentStatus.PENDING);
        LOG.info("payment {} started with {}", pending.id(), provider.name());
        return new PaymentInitiation(updated.value(), start);
    }

    /**
     * Applies a notification received from a provider, once the provider has verified it. A provider whose
     * notifications are not signed ({@link fr.eadmin.payment.spi.ProviderCapabilities#signedNotifications()}
     * false) is never taken at its word: the payment is found by the transaction id the notification names
     * ({@link PaymentProvider#transactionIdOf}) and its status is {@linkplain PaymentProvider#fetchStatus
     * fetched back}; that answer is then checked and applied like a signed one.
     *
     * @param provider the provider it claims to come from
     * @param notification the notification as received
     * @return what it did to the stored payment
     * @throws fr.eadmin.core.ConcurrentUpdateException if the payment kept changing under it (very unlikely)
     */
    public NotificationResult onNotification(PaymentProvider provider, ProviderNotification notification) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(notification, "notification");
        if (provider.capabilities().signedNotifications()) {
            return apply(provider, provider.verify(notification));
        }
        Optional<String> transactionId = provider.transactionIdOf(notification);
        if (transactionId.isEmpty()) {
            return reject(provider, RejectionReason.MALFORMED, "the notification names no transaction");
        }
        Optional<Versioned<Payment>> found = store.findByProviderTransactionId(provider.name(), transactionId.get());
        if (found.isEmpty()) {
            return reject(provider, RejectionReason.UNKNOWN_PAYMENT, "no payment has this transaction id");
        }
        Payment payment = found.get().value();
        // a provider without signed notifications always fetches back (ProviderCapabilities requires it)
        LOG.debug("notification from {} for payment {}: fetching the status back", provider.name(), payment.id());
        return apply(provider, provider.fetchStatus(payment.started()));
    }

    /**
     * Asks the provider for the status of a payment and applies the answer.
     *
     * @param id the payment
     * @return what the answer did to the stored payment
     * @throws fr.eadmin.core.NotFoundException if no payment has this id
     * @throws fr.eadmin.payment.spi.UnsupportedPaymentOperationException if its provider cannot fetch back
     */
    public NotificationResult fetchBack(PaymentId id) {
        Payment payment = store.find(Objects.requireNonNull(id, "id"))
                .orElseThrow(() -> new NotFoundException("payment", id.toString()))
                .value();
        PaymentProvider provider = provider(payment.provider());
        return apply(provider, provider.fetchStatus(payment.started()));
    }

    /**
     * Applies a provider's answer, already verified by that provider.
     *
     * @param provider the provider that verified it
     * @param verdict the verdict
     * @return what it did to the stored payment
     * @throws fr.eadmin.core.ConcurrentUpdateException if the payment kept changing under it (very unlikely)
     */
    public NotificationResult apply(PaymentProvider provider, NotificationVerdict verdict) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(verdict, "verdict");
        if (verdict instanceof NotificationVerdict.Rejected rejected) {
            LOG.warn("notification from {} rejected: {}", provider.name(), rejected.reason());
            return new NotificationResult.Rejected(rejected.reason(), rejected.detail());
        }
        NotificationVerdict.Verified verified = (NotificationVerdict.Verified) verdict;
        ConcurrentUpdateException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Versioned<Payment>> found = store.findByReference(verified.reference());
            if (found.isEmpty()) {
                return reject(provider, RejectionReason.UNKNOWN_PAYMENT, "no payment has this reference");
            }
            Versioned<Payment> stored = found.get();
            Payment payment = stored.value();
            NotificationResult.Rejected mismatch = mismatch(provider, payment, verified);
            if (mismatch != null) {
                LOG.warn(
                        "notification from {} for payment {} rejected: {}",
                        provider.name(),
                        payment.id(),
                        mismatch.reason());
                return mismatch;
            }
            PaymentStatus target = target(payment.status(), verified.outcome());
            if (target == null) {
                return new NotificationResult.Unchanged(payment, verified.outcome());
            }
            Instant at = clock.instant();
            Payment next = payment.withStatus(target, at, verified.providerTransactionId());
            try {
                Versioned<Payment> updated;
                Receipt receipt = null;
                List<InvoiceId> settled = List.of();
                if (target == PaymentStatus.PAID && (receipts != null || invoices != null)) {
                    // the payment, its receipt and the invoices it settles change in one transaction
                    SettledPayment paid = store.recordPaidAndSettle(
                            next, stored.version(), receipts == null ? null : receipts.draft(next), invoices);
                    updated = paid.payment();
                    receipt = paid.receipt();
                    settled = paid.settledInvoices();
                } else {
                    updated = store.update(next, stored.version());
                }
                trace("payment." + target.name().toLowerCase(Locale.ROOT), next, payment.status(), target);
                if (receipt != null) {
                    journal.append(JournalEvent.now(
                            clock,
                            ACTOR,
                            "receipt.issued",
                            JOURNAL_SUBJECT,
                            next.id().toString(),
                            Map.of(
                                    "regie",
                                    receipt.regie(),
                                    "number",
                                    receipt.number().toString())));
                }
                if (target == PaymentStatus.PAID) {
                    traceSettled(next, settled);
                }
                if (target == PaymentStatus.PAID && payment.status() != PaymentStatus.PENDING) {
                    LOG.warn("payment {} paid after it was {}", payment.id(), payment.status());
                }
                return new NotificationResult.Applied(updated.value(), payment.status(), receipt);
            } catch (ConcurrentUpdateException e) {
                last = e; // someone else changed it: read again and decide again
            }
        }
        throw Objects.requireNonNull(last);
    }

    /**
     * Refunds a paid payment, in whole or in part, through its provider. The payment stays {@link
     * PaymentStatus#PAID} while refunds add up to less than its amount and becomes {@link PaymentStatus#REFUNDED}
     * once they add up to it; each refund is kept ({@link PaymentStore#refunds}). The provider's answer must be
     * verified and name the payment's reference, the amount refunded and the euro; it is then recorded with the
     * conditional update of the payment and, when the payment becomes fully refunded, the cancellation of its
     * receipt, in one transaction ({@link PaymentStore#recordRefund}). The refund is journaled, ids and amounts
     * only.
     *
     * @param id the payment
     * @param amountCents the amount to give back, in euro cents, more than zero
     * @param actor who asks for the refund
     * @param reason why, in a few words: no personal data
     * @return the payment after the refund and the refund recorded
     * @throws NotFoundException if no payment has this id
     * @throws PaymentNotRefundableException if the payment is not paid (nothing is asked of the provider)
     * @throws RefundExceedsPaymentException if the amount exceeds what was paid less earlier refunds
     * @throws fr.eadmin.payment.spi.UnsupportedPaymentOperationException if the payment's provider cannot refund
     * @throws RefundRejectedException if the provider's answer is rejected or does not match the refund
     * @throws ConcurrentUpdateException if the payment kept changing under it (very unlikely)
     */
    public RefundResult refund(PaymentId id, long amountCents, Actor actor, String reason) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a refund is of more than zero cents, got " + amountCents);
        }
        Versioned<Payment> stored = store.find(id).orElseThrow(() -> new NotFoundException("payment", id.toString()));
        Payment payment = stored.value();
        checkRefundable(payment, amountCents);
        PaymentProvider provider = provider(payment.provider());
        if (!provider.capabilities().refund()) {
            throw new UnsupportedPaymentOperationException(provider.name(), "refund");
        }
        new PaymentRefund(id, amountCents, reason, clock.instant()); // checks the reason before the provider acts
        NotificationVerdict verdict = provider.refund(payment.started(), amountCents);
        if (verdict instanceof NotificationVerdict.Rejected rejected) {
            LOG.warn("refund of payment {} rejected by {}: {}", id, provider.name(), rejected.reason());
            throw new RefundRejectedException(id.toString(), rejected.reason(), rejected.detail());
        }
        NotificationVerdict.Verified verified = (NotificationVerdict.Verified) verdict;
        checkRefundAnswer(payment, amountCents, verified);
        ConcurrentUpdateException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            payment = stored.value();
            long before;
            try {
                before = checkRefundable(payment, amountCents);
            } catch (PaymentNotRefundableException | RefundExceedsPaymentException e) {
                // another refund was recorded meanwhile: the provider refunded this one too, say so loudly
                LOG.error(
                        "payment {} refunded {} cents by {} but not recorded: {}",
                        id,
                        amountCents,
                        provider.name(),
                        e.getClass().getSimpleName());
                throw e;
            }
            long after = before + amountCents;
            Instant at = clock.instant();
            PaymentRefund refund = new PaymentRefund(id, amountCents, reason, at);
            PaymentStatus status = after == payment.amountCents() ? PaymentStatus.REFUNDED : PaymentStatus.PAID;
            Payment next = payment.withStatus(status, at, null);
            ReceiptCancellation cancellation = null;
            if (status == PaymentStatus.REFUNDED) {
                cancellation = store.findReceipt(id)
                        .filter(r ->
                                store.findCancellation(r.regie(), r.number()).isEmpty())
                        .map(r -> new ReceiptCancellation(r.regie(), r.number(), "Paiement remboursé", at))
                        .orElse(null);
            }
            try {
                Versioned<Payment> updated = store.recordRefund(next, stored.version(), refund, cancellation);
                Map<String, String> details = new LinkedHashMap<>();
                details.put("provider", payment.provider());
                details.put("amountCents", Long.toString(amountCents));
                details.put("refundedCents", Long.toString(after));
                details.put("to", status.name());
                journal.append(
                        JournalEvent.now(clock, actor, "payment.refund", JOURNAL_SUBJECT, id.toString(), details));
                if (cancellation != null) {
                    journal.append(JournalEvent.now(
                            clock,
                            actor,
                            "receipt.cancelled",
                            JOURNAL_SUBJECT,
                            id.toString(),
                            Map.of(
                                    "regie",
                                    cancellation.regie(),
                                    "number",
                                    cancellation.number().toString())));
                }
                LOG.info("payment {} refunded {} cents with {}", id, amountCents, provider.name());
                return new RefundResult(updated.value(), refund, after, cancellation);
            } catch (ConcurrentUpdateException e) {
                last = e; // another change (perhaps another refund): read again and check again
                stored = store.find(id).orElseThrow(() -> new NotFoundException("payment", id.toString()));
            }
        }
        throw Objects.requireNonNull(last);
    }

    /** Checks a refund may be asked, and returns what was already refunded. */
    private long checkRefundable(Payment payment, long amountCents) {
        if (payment.status() != PaymentStatus.PAID) {
            throw new PaymentNotRefundableException(payment.id().toString(), payment.status());
        }
        long refunded = 0;
        for (PaymentRefund earlier : store.refunds(payment.id())) {
            refunded = Math.addExact(refunded, earlier.amountCents());
        }
        long refundable = payment.amountCents() - refunded;
        if (amountCents > refundable) {
            throw new RefundExceedsPaymentException(payment.id().toString(), amountCents, refundable);
        }
        return refunded;
    }

    private static void checkRefundAnswer(Payment payment, long amountCents, NotificationVerdict.Verified verified) {
        String id = payment.id().toString();
        if (!verified.reference().equals(payment.reference())) {
            throw new RefundRejectedException(
                    id, RejectionReason.REFERENCE_MISMATCH, "the answer names another payment");
        }
        if (verified.outcome() != PaymentOutcome.REFUNDED) {
            throw new RefundRejectedException(
                    id, RejectionReason.MALFORMED, "the answer says " + verified.outcome() + ", not refunded");
        }
        if (verified.amountCents() != amountCents) {
            throw new RefundRejectedException(
                    id,
                    RejectionReason.AMOUNT_MISMATCH,
                    "refunded " + verified.amountCents() + " cents, asked " + amountCents);
        }
        if (!PaymentRequest.CURRENCY.equals(verified.currency())) {
            throw new RefundRejectedException(id, RejectionReason.CURRENCY_MISMATCH, "the currency is not EUR");
        }
        String known = payment.providerTransactionId();
        String told = verified.providerTransactionId();
        if (known != null && told != null && !known.equals(told)) {
            throw new RefundRejectedException(
                    id, RejectionReason.REFERENCE_MISMATCH, "the provider's transaction id differs from the one paid");
        }
    }

    /**
     * Cancels a receipt by a linked record (the receipt stays, with its number), and traces it.
     *
     * @param paymentId the payment whose receipt is cancelled
     * @param reason why, in a few words: no personal data
     * @return the cancellation
     * @throws NotFoundException if the payment has no receipt
     * @throws fr.eadmin.core.DuplicateKeyException if the receipt is already cancelled
     */
    public ReceiptCancellation cancelReceipt(PaymentId paymentId, String reason) {
        Objects.requireNonNull(paymentId, "paymentId");
        Receipt receipt = store.findReceipt(paymentId)
                .orElseThrow(() -> new NotFoundException("receipt of payment", paymentId.toString()));
        ReceiptCancellation cancellation =
                new ReceiptCancellation(receipt.regie(), receipt.number(), reason, clock.instant());
        store.cancelReceipt(cancellation);
        journal.append(JournalEvent.now(
                clock,
                ACTOR,
                "receipt.cancelled",
                JOURNAL_SUBJECT,
                paymentId.toString(),
                Map.of("regie", receipt.regie(), "number", receipt.number().toString())));
        return cancellation;
    }

    /**
     * Gives up an open payment whose time has run out.
     *
     * @param id the payment
     * @return whether it was open and is now expired
     */
    boolean expireIfOpen(PaymentId id) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Versioned<Payment>> found = store.find(id);
            if (found.isEmpty() || !found.get().value().status().isOpen()) {
                return false;
            }
            Payment payment = found.get().value();
            Payment expired = payment.withStatus(PaymentStatus.EXPIRED, clock.instant(), null);
            try {
                store.update(expired, found.get().version());
                trace("payment.expired", expired, payment.status(), PaymentStatus.EXPIRED);
                return true;
            } catch (ConcurrentUpdateException e) {
                // changed meanwhile (perhaps paid): read again
            }
        }
        return false;
    }

    private void traceSettled(Payment paid, List<InvoiceId> settled) {
        InvoiceStore invoiceStore = invoices;
        if (invoiceStore == null) {
            return;
        }
        for (InvoiceId id : settled) {
            journal.append(JournalEvent.now(
                    clock,
                    ACTOR,
                    "invoice.paid",
                    "invoice",
                    id.toString(),
                    Map.of("payment", paid.id().toString())));
        }
        for (String named : paid.invoiceIds()) {
            InvoiceId id = InvoiceId.parse(named);
            if (!settled.contains(id)) {
                invoiceStore
                        .find(id)
                        .filter(i -> !paid.id().equals(i.paidBy()))
                        .ifPresent(i ->
                                LOG.warn("payment {} cannot settle invoice {}: it is {}", paid.id(), id, i.status()));
            }
        }
    }

    private static NotificationResult.@Nullable Rejected mismatch(
            PaymentProvider provider, Payment payment, NotificationVerdict.Verified verified) {
        if (!payment.provider().equals(provider.name())) {
            return new NotificationResult.Rejected(
                    RejectionReason.UNKNOWN_PAYMENT, "the payment was started with another provider");
        }
        if (verified.amountCents() != payment.amountCents()) {
            return new NotificationResult.Rejected(
                    RejectionReason.AMOUNT_MISMATCH,
                    "amount " + verified.amountCents() + " cents, expected " + payment.amountCents());
        }
        if (!PaymentRequest.CURRENCY.equals(verified.currency())) {
            return new NotificationResult.Rejected(RejectionReason.CURRENCY_MISMATCH, "the currency is not EUR");
        }
        String known = payment.providerTransactionId();
        String told = verified.providerTransactionId();
        if (known != null && told != null && !known.equals(told)) {
            return new NotificationResult.Rejected(
                    RejectionReason.REFERENCE_MISMATCH, "the provider's transaction id differs from the one started");
        }
        return null;
    }

    /** The status an outcome leads to from a status, or null if it changes nothing. */
    static @Nullable PaymentStatus target(PaymentStatus current, PaymentOutcome outcome) {
        return switch (outcome) {
            // money collected is credited even after the payment was given up: it must be accounted for
            case PAID -> current == PaymentStatus.PAID || current == PaymentStatus.REFUNDED ? null : PaymentStatus.PAID;
            case REFUSED, ERROR -> current.isOpen() ? PaymentStatus.REFUSED : null;
            case CANCELLED -> current.isOpen() ? PaymentStatus.CANCELLED : null;
            case EXPIRED -> current.isOpen() ? PaymentStatus.EXPIRED : null;
            // a refund changes a payment only through refund(), never through a notification
            case WAITING, REFUNDED -> null;
        };
    }

    private NotificationResult.Rejected reject(PaymentProvider provider, RejectionReason reason, String detail) {
        LOG.warn("notification from {} rejected: {}", provider.name(), reason);
        return new NotificationResult.Rejected(reason, detail);
    }

    private void trace(String action, Payment payment, @Nullable PaymentStatus from, PaymentStatus to) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("provider", payment.provider());
        details.put("to", to.name());
        if (from != null) {
            details.put("from", from.name());
        }
        journal.append(JournalEvent.now(
                clock, ACTOR, action, JOURNAL_SUBJECT, payment.id().toString(), details));
    }
}
