package fr.eadmin.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Actor;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.memory.InMemoryPaymentStore;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.StartedPayment;
import fr.eadmin.payment.spi.UnsupportedPaymentOperationException;
import fr.eadmin.payment.systempay.SystempayConfig;
import fr.eadmin.payment.systempay.SystempayProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RefundTest {
    static final Actor AGENT = new Actor.OfAgent("mairie", "agent-7");

    final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    final InMemoryPaymentStore store = InMemoryPaymentStore.create();
    final InMemoryJournal journal = InMemoryJournal.create();
    final PaymentSimulator simulator = PaymentSimulator.of(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
            URI.create("https://mairie.example/paiement/simulateur"),
            clock);
    final SystempayProvider systempay = SystempayProvider.of(
            new SystempayConfig(
                    "12345678", "1122334455667788", SystempayConfig.Mode.TEST, SystempayConfig.SYSTEMPAY_URL),
            clock);
    final PaymentService service = PaymentService.of(store, journal, clock, List.of(simulator, systempay))
            .withReceipts(payment -> new ReceiptDraft(
                    "ENFANCE",
                    "Famille Martin",
                    List.of(new Quittance.Line(payment.description(), payment.amountCents())),
                    Quittance.MeansOfPayment.CARTE_BANCAIRE));

    PaymentRequest request(String reference, long cents) {
        return new PaymentRequest(
                reference,
                cents,
                "Cantine mars 2026",
                null,
                URI.create("https://mairie.example/retour"),
                URI.create("https://mairie.example/notification"),
                clock.instant());
    }

    Payment paid(String reference, long cents) {
        service.start("simulator", request(reference, cents), List.of());
        service.onNotification(simulator, simulator.pay(reference));
        Payment payment = store.findByReference(reference).orElseThrow().value();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
        return payment;
    }

    @Test
    void aFullRefundMakesThePaymentRefundedAndCancelsItsReceipt() {
        Payment payment = paid("R1", 4250);
        long version = store.find(payment.id()).orElseThrow().version();
        clock.advance(Duration.ofDays(3));

        RefundResult result = service.refund(payment.id(), 4250, AGENT, "Séjour annulé");

        assertThat(result.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(result.refundedCents()).isEqualTo(4250);
        assertThat(store.find(payment.id()).orElseThrow().version()).isEqualTo(version + 1);
        assertThat(store.refunds(payment.id()))
                .containsExactly(new PaymentRefund(payment.id(), 4250, "Séjour annulé", clock.instant()));
        Receipt receipt = store.findReceipt(payment.id()).orElseThrow();
        assertThat(result.receiptCancellation()).isNotNull();
        assertThat(store.findCancellation(receipt.regie(), receipt.number())).contains(result.receiptCancellation());
        assertThat(result.receiptCancellation().cancelledAt()).isEqualTo(clock.instant());
        assertThat(store.receipts("ENFANCE", 2026)).containsExactly(receipt); // never deleted
        assertThat(journal.about("payment", payment.id().toString()))
                .extracting(e -> e.event().action())
                .endsWith("payment.refund", "receipt.cancelled");
        assertThat(journal.about("payment", payment.id().toString()).stream()
                        .filter(e -> e.event().action().equals("payment.refund"))
                        .findFirst()
                        .orElseThrow()
                        .event()
                        .details())
                .containsEntry("amountCents", "4250")
                .containsEntry("to", "REFUNDED")
                .doesNotContainValue("Famille Martin");
    }

    @Test
    void partialRefundsKeepThePaymentPaidUntilTheyAddUpToItsAmount() {
        Payment payment = paid("R1", 1000);

        RefundResult first = service.refund(payment.id(), 300, AGENT, "Repas non pris");
        RefundResult second = service.refund(payment.id(), 200, AGENT, "Repas non pris");

        assertThat(first.payment().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(first.receiptCancellation()).isNull();
        assertThat(second.refundedCents()).isEqualTo(500);
        assertThat(second.payment().status()).isEqualTo(PaymentStatus.PAID);
        Receipt receipt = store.findReceipt(payment.id()).orElseThrow();
        assertThat(store.findCancellation(receipt.regie(), receipt.number())).isEmpty();

        RefundResult last = service.refund(payment.id(), 500, AGENT, "Repas non pris");

        assertThat(last.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(last.refundedCents()).isEqualTo(1000);
        assertThat(store.refunds(payment.id()))
                .extracting(PaymentRefund::amountCents)
                .containsExactly(300L, 200L, 500L);
        assertThat(store.findCancellation(receipt.regie(), receipt.number())).isPresent();
    }

    @Test
    void aRefundOfMoreThanWhatRemainsIsRefusedAndChangesNothing() {
        Payment payment = paid("R1", 1000);
        service.refund(payment.id(), 600, AGENT, "Repas non pris");
        long version = store.find(payment.id()).orElseThrow().version();

        assertThatThrownBy(() -> service.refund(payment.id(), 401, AGENT, "Erreur"))
                .isInstanceOfSatisfying(RefundExceedsPaymentException.class, e -> {
                    assertThat(e.requestedCents()).isEqualTo(401);
                    assertThat(e.refundableCents()).isEqualTo(400);
                });
        assertThat(store.find(payment.id()).orElseThrow().version()).isEqualTo(version);
        assertThat(store.refunds(payment.id())).hasSize(1);
        // the provider was not asked: the 400 cents left can still be refunded
        assertThat(service.refund(payment.id(), 400, AGENT, "Repas non pris")
                        .payment()
                        .status())
                .isEqualTo(PaymentStatus.REFUNDED);
        assertThatThrownBy(() -> service.refund(payment.id(), 0, AGENT, "Erreur"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAPaidPaymentIsRefunded() {
        service.start("simulator", request("R1", 1000), List.of());
        Payment pending = store.findByReference("R1").orElseThrow().value();
        assertThatThrownBy(() -> service.refund(pending.id(), 1000, AGENT, "Erreur"))
                .isInstanceOfSatisfying(PaymentNotRefundableException.class, e -> assertThat(e.status())
                        .isEqualTo(PaymentStatus.PENDING));

        service.onNotification(simulator, simulator.refuse("R1"));
        assertThatThrownBy(() -> service.refund(pending.id(), 1000, AGENT, "Erreur"))
                .isInstanceOfSatisfying(PaymentNotRefundableException.class, e -> assertThat(e.status())
                        .isEqualTo(PaymentStatus.REFUSED));

        Payment paid = paid("R2", 500);
        service.refund(paid.id(), 500, AGENT, "Séjour annulé");
        assertThatThrownBy(() -> service.refund(paid.id(), 1, AGENT, "Encore"))
                .isInstanceOfSatisfying(PaymentNotRefundableException.class, e -> assertThat(e.status())
                        .isEqualTo(PaymentStatus.REFUNDED));
        assertThat(store.refunds(pending.id())).isEmpty();
        assertThatThrownBy(() -> service.refund(PaymentId.generate(clock), 1, AGENT, "Erreur"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProviderThatCannotRefundIsRefusedBeforeAnythingChanges() {
        Payment payment = Payment.create(
                        PaymentId.generate(clock),
                        request("S1", 1000),
                        systempay.name(),
                        clock.instant().plus(Duration.ofMinutes(30)),
                        List.of())
                .withStatus(PaymentStatus.PAID, clock.instant(), "tx-1");
        store.create(payment);

        assertThatThrownBy(() -> service.refund(payment.id(), 1000, AGENT, "Erreur"))
                .isInstanceOfSatisfying(UnsupportedPaymentOperationException.class, e -> {
                    assertThat(e.provider()).isEqualTo(systempay.name());
                    assertThat(e.operation()).isEqualTo("refund");
                });
        assertThat(store.find(payment.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(store.refunds(payment.id())).isEmpty();
        assertThat(journal.about("payment", payment.id().toString())).isEmpty();
    }

    @Test
    void theSimulatorRefundsOnlyWhatWasPaid() {
        Payment payment = paid("R1", 1000);
        StartedPayment started = payment.started();

        assertThat(simulator.refund(started, 700)).isInstanceOfSatisfying(NotificationVerdict.Verified.class, v -> {
            assertThat(v.outcome()).isEqualTo(PaymentOutcome.REFUNDED);
            assertThat(v.amountCents()).isEqualTo(700);
            assertThat(v.reference()).isEqualTo("R1");
        });
        assertThat(simulator.refund(started, 301)).isInstanceOf(NotificationVerdict.Rejected.class);
        assertThat(simulator.refund(started, 300)).isInstanceOf(NotificationVerdict.Verified.class);
        service.start("simulator", request("R2", 1000), List.of());
        assertThat(simulator.refund(
                        store.findByReference("R2").orElseThrow().value().started(), 1))
                .isInstanceOf(NotificationVerdict.Rejected.class);
    }

    @Test
    void aRefusalOfTheProviderRecordsNothing() {
        Payment payment = paid("R1", 1000);
        simulator.refund(payment.started(), 1000); // refunded at the provider behind the service's back

        assertThatThrownBy(() -> service.refund(payment.id(), 1000, AGENT, "Erreur"))
                .isInstanceOf(RefundRejectedException.class);
        assertThat(store.findByReference("R1").orElseThrow().value().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(store.refunds(payment.id())).isEmpty();
    }

    @Test
    void twoConcurrentFullRefundsRefundOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            Payment payment = paid("C" + round, 1000);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Boolean>> tasks = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    tasks.add(() -> {
                        go.await();
                        try {
                            service.refund(payment.id(), 1000, AGENT, "Séjour annulé");
                            return true;
                        } catch (PaymentNotRefundableException
                                | RefundExceedsPaymentException
                                | RefundRejectedException e) {
                            return false;
                        }
                    });
                }
                List<Future<Boolean>> futures = new ArrayList<>();
                for (Callable<Boolean> task : tasks) {
                    futures.add(pool.submit(task));
                }
                go.countDown();
                int refunded = 0;
                for (Future<Boolean> future : futures) {
                    refunded += future.get() ? 1 : 0;
                }
                assertThat(refunded).isEqualTo(1);
                assertThat(store.refunds(payment.id())).hasSize(1);
                assertThat(store.find(payment.id()).orElseThrow().value().status())
                        .isEqualTo(PaymentStatus.REFUNDED);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
