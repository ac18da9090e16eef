package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.PaymentRefund;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.receipt.PaidPayment;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptCancellation;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.ReceiptNumber;
import fr.eadmin.payment.receipt.SettledPayment;
import fr.eadmin.payment.spi.PaymentStore;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PaymentStore}: every implementation's test extends this class and provides the
 * store. Each test uses fresh references and régies, so that one database may serve the whole class.
 */
public abstract class PaymentStoreContract extends StoreContract<PaymentStore> {
    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** For subclasses. */
    protected PaymentStoreContract() {}

    private static String unique(String prefix) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static Payment payment(Instant createdAt, long cents) {
        return new Payment(
                PaymentId.generate(Clock.fixed(createdAt, ZoneOffset.UTC)),
                unique("REF-"),
                cents,
                "Cantine, mars 2026",
                "simulator",
                PaymentStatus.CREATED,
                null,
                URI.create("https://mairie.example/retour"),
                URI.create("https://mairie.example/notification"),
                createdAt,
                createdAt,
                createdAt.plus(Duration.ofMinutes(30)),
                List.of(unique("F-"), unique("F-")));
    }

    private static Payment paid(Payment payment, Instant at) {
        return payment.withStatus(PaymentStatus.PAID, at, "TX" + payment.reference());
    }

    private static ReceiptDraft draft(String regie, Payment payment) {
        return new ReceiptDraft(
                regie,
                "Famille Martin",
                List.of(new Quittance.Line("Cantine", payment.amountCents() - 1), new Quittance.Line("Goûter", 1)),
                Quittance.MeansOfPayment.CARTE_BANCAIRE);
    }

    @Test
    void storesAPaymentAndFindsItByIdAndReference() {
        Payment payment = payment(CREATED, 4250);

        assertThat(store().create(payment)).isEqualTo(new Versioned<>(payment, 1));

        assertThat(store().find(payment.id())).contains(new Versioned<>(payment, 1));
        assertThat(store().findByReference(payment.reference())).contains(new Versioned<>(payment, 1));
        assertThat(store().find(PaymentId.generate(Clock.systemUTC()))).isEmpty();
        assertThat(store().findByReference(unique("REF-"))).isEmpty();
    }

    @Test
    void findsAPaymentByItsProvidersTransactionId() {
        Payment payment = payment(CREATED, 4250);
        String transactionId = unique("TX-");
        store().create(payment);
        assertThat(store().findByProviderTransactionId("simulator", transactionId))
                .isEmpty();

        Payment pending = payment.withStatus(PaymentStatus.PENDING, CREATED.plusSeconds(1), transactionId);
        Versioned<Payment> updated = store().update(pending, 1);

        assertThat(store().findByProviderTransactionId("simulator", transactionId))
                .contains(updated);
        assertThat(store().findByProviderTransactionId("payfip", transactionId)).isEmpty();
        assertThat(store().findByProviderTransactionId("simulator", unique("TX-")))
                .isEmpty();
    }

    @Test
    void aTransactionIdGivenTwiceFindsTheOldestPayment() {
        String transactionId = unique("TX-");
        Payment older = payment(CREATED.minusSeconds(60), 100);
        Payment newer = payment(CREATED, 100);
        store().create(newer);
        store().create(older);
        store().update(newer.withStatus(PaymentStatus.PENDING, CREATED, transactionId), 1);
        Versioned<Payment> olderPending =
                store().update(older.withStatus(PaymentStatus.PENDING, CREATED, transactionId), 1);

        assertThat(store().findByProviderTransactionId("simulator", transactionId))
                .contains(olderPending);
    }

    @Test
    void refusesAReferenceOrAnIdStoredTwice() {
        Payment payment = payment(CREATED, 100);
        store().create(payment);
        Payment sameReference = new Payment(
                PaymentId.generate(Clock.systemUTC()),
                payment.reference(),
                200,
                "Autre",
                "simulator",
                PaymentStatus.CREATED,
                null,
                payment.returnUrl(),
                payment.notificationUrl(),
                CREATED,
                CREATED,
                CREATED,
                List.of());

        assertThatThrownBy(() -> store().create(payment)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> store().create(sameReference)).isInstanceOf(DuplicateKeyException.class);
        assertThat(store().findByReference(payment.reference())).contains(new Versioned<>(payment, 1));
    }

    @Test
    void updatesOnlyFromTheStoredVersion() {
        Payment payment = payment(CREATED, 100);
        store().create(payment);
        Payment pending = payment.withStatus(PaymentStatus.PENDING, CREATED.plusSeconds(1), "TX1");

        assertThat(store().update(pending, 1)).isEqualTo(new Versioned<>(pending, 2));
        assertThatThrownBy(() -> store().update(paid(pending, CREATED.plusSeconds(2)), 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.aggregateId()).isEqualTo(payment.id().toString());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                });
        assertThat(store().find(payment.id())).contains(new Versioned<>(pending, 2));
        assertThatThrownBy(() -> store().update(payment(CREATED, 100), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findsOpenPaymentsOldestFirst() {
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        Payment paidOldest = payment(longAgo, 100);
        Payment first = payment(longAgo.plusSeconds(1), 100);
        Payment second = payment(longAgo.plusSeconds(2), 100);
        store().create(second);
        store().create(paidOldest);
        store().create(first);
        store().update(paid(paidOldest, longAgo.plusSeconds(3)), 1);

        assertThat(store().findOpen(2)).extracting(v -> v.value().id()).containsExactly(first.id(), second.id());
        assertThatThrownBy(() -> store().findOpen(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().findOpen(PaymentStore.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsPaymentsPaidWithReceiptsNumberedFromOne() {
        String regie = unique("R");
        Payment a = payment(CREATED, 1000);
        Payment b = payment(CREATED, 2000);
        store().create(a);
        store().create(b);

        PaidPayment paidA = store().recordPaid(paid(a, CREATED.plusSeconds(5)), 1, draft(regie, a));
        PaidPayment paidB = store().recordPaid(paid(b, CREATED.plusSeconds(6)), 1, draft(regie, b));

        assertThat(paidA.payment()).isEqualTo(new Versioned<>(paid(a, CREATED.plusSeconds(5)), 2));
        assertThat(paidA.receipt().number()).isEqualTo(new ReceiptNumber(2026, 1));
        assertThat(paidB.receipt().number()).isEqualTo(new ReceiptNumber(2026, 2));
        assertThat(paidA.receipt().regie()).isEqualTo(regie);
        assertThat(paidA.receipt().amountCents()).isEqualTo(1000);
        assertThat(paidA.receipt().issuedAt()).isEqualTo(CREATED.plusSeconds(5));
        assertThat(store().findReceipt(a.id())).contains(paidA.receipt());
        assertThat(store().receipts(regie, 2026)).containsExactly(paidA.receipt(), paidB.receipt());
        assertThat(store().receipts(regie, 2027)).isEmpty();
        assertThat(store().receipts(unique("R"), 2026)).isEmpty();
    }

    @Test
    void aFailedRecordUsesNoNumber() {
        String regie = unique("R");
        Payment a = payment(CREATED, 1000);
        Payment b = payment(CREATED, 1000);
        store().create(a);
        store().create(b);
        store().update(a.withStatus(PaymentStatus.PENDING, CREATED, "TXA"), 1);

        assertThatThrownBy(() -> store().recordPaid(paid(a, CREATED), 1, draft(regie, a)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> store().recordPaid(
                                paid(b, CREATED),
                                1,
                                new ReceiptDraft(
                                        regie,
                                        "X",
                                        List.of(new Quittance.Line("Trop peu", 1)),
                                        Quittance.MeansOfPayment.ESPECES)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(store().findReceipt(a.id())).isEmpty();
        assertThat(store().find(a.id()).orElseThrow().value().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(store().find(b.id()).orElseThrow().value().status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(store().recordPaid(paid(b, CREATED), 1, draft(regie, b))
                        .receipt()
                        .number()
                        .sequence())
                .isEqualTo(1);
    }

    @Test
    void cancelsAReceiptOnceAndKeepsIt() {
        String regie = unique("R");
        Payment payment = payment(CREATED, 1000);
        store().create(payment);
        Receipt receipt = store().recordPaid(paid(payment, CREATED), 1, draft(regie, payment))
                .receipt();
        ReceiptCancellation cancellation =
                new ReceiptCancellation(regie, receipt.number(), "saisie en double", CREATED.plusSeconds(60));

        assertThat(store().findCancellation(regie, receipt.number())).isEmpty();
        store().cancelReceipt(cancellation);

        assertThat(store().findCancellation(regie, receipt.number())).contains(cancellation);
        assertThat(store().findReceipt(payment.id())).contains(receipt);
        assertThatThrownBy(() -> store().cancelReceipt(cancellation)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> store().cancelReceipt(
                                new ReceiptCancellation(regie, new ReceiptNumber(2026, 2), "inconnue", CREATED)))
                .isInstanceOf(NotFoundException.class);
        assertThat(store().findCancellation(regie, new ReceiptNumber(2026, 2))).isEmpty();
    }

    @Test
    void numbersRestartEachYearInParis() {
        String regie = unique("R");
        Payment a = payment(CREATED, 1000);
        Payment b = payment(CREATED, 1000);
        store().create(a);
        store().create(b);

        Receipt lastOf2026 = store().recordPaid(paid(a, Instant.parse("2026-12-31T22:59:59Z")), 1, draft(regie, a))
                .receipt();
        Receipt firstOf2027 = store().recordPaid(paid(b, Instant.parse("2026-12-31T23:00:00Z")), 1, draft(regie, b))
                .receipt();

        assertThat(lastOf2026.number()).isEqualTo(new ReceiptNumber(2026, 1));
        assertThat(firstOf2027.number()).isEqualTo(new ReceiptNumber(2027, 1));
    }

    @Test
    void concurrentRecordsOfOnePaymentIssueOneReceipt() throws Exception {
        String regie = unique("R");
        Payment payment = payment(CREATED, 1000);
        store().create(payment);
        List<Callable<Optional<Receipt>>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> {
                try {
                    return Optional.of(store().recordPaid(paid(payment, CREATED), 1, draft(regie, payment))
                            .receipt());
                } catch (ConcurrentUpdateException | DuplicateKeyException e) {
                    return Optional.empty();
                }
            });
        }

        List<Optional<Receipt>> results = Concurrency.runTogether(tasks);

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(store().receipts(regie, 2026)).hasSize(1);
        assertThat(store().find(payment.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void concurrentRecordsOfManyPaymentsNumberWithoutGapNorDuplicate() throws Exception {
        String regie = unique("R");
        List<Callable<Receipt>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Payment payment = payment(CREATED, 1000 + i);
            store().create(payment);
            tasks.add(() -> store().recordPaid(paid(payment, CREATED), 1, draft(regie, payment))
                    .receipt());
        }

        List<Receipt> receipts = Concurrency.runTogether(tasks);

        assertThat(receipts)
                .extracting(r -> r.number().sequence())
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, THREADS).boxed().toList());
        assertThat(store().receipts(regie, 2026)).hasSize(THREADS);
    }

    @Test
    void recordsRefundsWithTheirPaymentAndCancelsTheReceiptInTheSameTransaction() {
        String regie = unique("R");
        Payment payment = payment(CREATED, 1000);
        store().create(payment);
        Payment paid = paid(payment, CREATED);
        Receipt receipt = store().recordPaid(paid, 1, draft(regie, payment)).receipt();
        Instant later = CREATED.plusSeconds(3600);
        PaymentRefund partial = new PaymentRefund(payment.id(), 400, "repas non pris", later);

        Versioned<Payment> afterPartial =
                store().recordRefund(paid.withStatus(PaymentStatus.PAID, later, null), 2, partial, null);

        assertThat(afterPartial.version()).isEqualTo(3);
        assertThat(store().refunds(payment.id())).containsExactly(partial);
        assertThat(store().findCancellation(regie, receipt.number())).isEmpty();

        PaymentRefund rest = new PaymentRefund(payment.id(), 600, "séjour annulé", later.plusSeconds(60));
        ReceiptCancellation cancellation =
                new ReceiptCancellation(regie, receipt.number(), "paiement remboursé", later.plusSeconds(60));
        Payment refunded = paid.withStatus(PaymentStatus.REFUNDED, later.plusSeconds(60), null);
        store().recordRefund(refunded, 3, rest, cancellation);

        assertThat(store().find(payment.id())).contains(new Versioned<>(refunded, 4));
        assertThat(store().refunds(payment.id())).containsExactly(partial, rest);
        assertThat(store().findCancellation(regie, receipt.number())).contains(cancellation);
        assertThat(store().findReceipt(payment.id())).contains(receipt);
        assertThat(store().refunds(PaymentId.generate(Clock.systemUTC()))).isEmpty();
    }

    @Test
    void aRefundThatCannotCancelTheReceiptRecordsNothing() {
        String regie = unique("R");
        Payment payment = payment(CREATED, 1000);
        store().create(payment);
        Payment paid = paid(payment, CREATED);
        Receipt receipt = store().recordPaid(paid, 1, draft(regie, payment)).receipt();
        ReceiptCancellation cancellation =
                new ReceiptCancellation(regie, receipt.number(), "saisie en double", CREATED.plusSeconds(60));
        store().cancelReceipt(cancellation);
        Payment refunded = paid.withStatus(PaymentStatus.REFUNDED, CREATED.plusSeconds(120), null);
        PaymentRefund refund = new PaymentRefund(payment.id(), 1000, "séjour annulé", CREATED.plusSeconds(120));

        assertThatThrownBy(() -> store().recordRefund(
                                refunded,
                                2,
                                refund,
                                new ReceiptCancellation(
                                        regie, receipt.number(), "remboursé", CREATED.plusSeconds(120))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> store().recordRefund(refunded, 1, refund, null))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> store().recordRefund(
                                refunded,
                                2,
                                new PaymentRefund(PaymentId.generate(Clock.systemUTC()), 1, "x", CREATED),
                                null))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(store().find(payment.id())).contains(new Versioned<>(paid, 2));
        assertThat(store().refunds(payment.id())).isEmpty();
        assertThat(store().findCancellation(regie, receipt.number())).contains(cancellation);
    }

    @Test
    void concurrentRefundsOfOnePaymentReadAtOneVersionRefundOnce() throws Exception {
        String regie = unique("R");
        Payment payment = payment(CREATED, 1000);
        store().create(payment);
        Payment paid = paid(payment, CREATED);
        Receipt receipt = store().recordPaid(paid, 1, draft(regie, payment)).receipt();
        Instant at = CREATED.plusSeconds(60);
        Payment refunded = paid.withStatus(PaymentStatus.REFUNDED, at, null);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> {
                try {
                    store().recordRefund(
                                    refunded,
                                    2,
                                    new PaymentRefund(payment.id(), 1000, "séjour annulé", at),
                                    new ReceiptCancellation(regie, receipt.number(), "paiement remboursé", at));
                    return true;
                } catch (ConcurrentUpdateException | DuplicateKeyException e) {
                    return false;
                }
            });
        }

        List<Boolean> results = Concurrency.runTogether(tasks);

        assertThat(results).filteredOn(b -> b).hasSize(1);
        assertThat(store().refunds(payment.id())).hasSize(1);
        assertThat(store().find(payment.id()).orElseThrow().version()).isEqualTo(3);
        assertThat(store().findCancellation(regie, receipt.number())).isPresent();
    }

    @Test
    void recordsAPaymentPaidWithOrWithoutAReceiptWhenNoInvoiceIsSettled() {
        String regie = unique("R");
        Payment withReceipt = payment(CREATED, 1000);
        Payment withoutReceipt = payment(CREATED, 2000);
        store().create(withReceipt);
        store().create(withoutReceipt);

        SettledPayment one =
                store().recordPaidAndSettle(paid(withReceipt, CREATED), 1, draft(regie, withReceipt), null);
        SettledPayment two = store().recordPaidAndSettle(paid(withoutReceipt, CREATED), 1, null, null);

        assertThat(one.payment()).isEqualTo(new Versioned<>(paid(withReceipt, CREATED), 2));
        assertThat(one.receipt()).isNotNull();
        assertThat(store().findReceipt(withReceipt.id())).contains(one.receipt());
        assertThat(one.settledInvoices()).isEmpty();
        assertThat(two.payment()).isEqualTo(new Versioned<>(paid(withoutReceipt, CREATED), 2));
        assertThat(two.receipt()).isNull();
        assertThat(store().findReceipt(withoutReceipt.id())).isEmpty();
        assertThat(store().receipts(regie, 2026)).containsExactly(one.receipt());
        assertThatThrownBy(() -> store().recordPaidAndSettle(paid(withoutReceipt, CREATED), 1, null, null))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> store().recordPaidAndSettle(withoutReceipt, 2, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().find(withoutReceipt.id()).orElseThrow().version()).isEqualTo(2);
    }
}
