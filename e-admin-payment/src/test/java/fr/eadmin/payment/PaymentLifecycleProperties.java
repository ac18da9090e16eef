package fr.eadmin.payment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.memory.InMemoryPaymentStore;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.ProviderNotification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any sequence of notifications, genuine, replayed, forged or late, keeps the lifecycle's invariants. */
class PaymentLifecycleProperties {
    enum Event {
        PAY,
        REFUSE,
        ABANDON,
        REPLAY,
        FORGED_PAID,
        WRONG_AMOUNT,
        SWEEP_LATER
    }

    @Provide
    Arbitrary<List<Event>> events() {
        return Arbitraries.of(Event.class).list().ofMaxSize(12);
    }

    @Property(tries = 200)
    void aPaymentIsCreditedAtMostOnceAndAPaidPaymentStaysPaid(@ForAll("events") List<Event> events) {
        MutableClock clock = MutableClock.at(Instant.parse("2026-05-04T10:00:00Z"));
        InMemoryPaymentStore store = InMemoryPaymentStore.create();
        InMemoryJournal journal = InMemoryJournal.create();
        PaymentSimulator simulator =
                PaymentSimulator.of(PaymentServiceTest.KEY, URI.create("https://mairie.example/simulateur"), clock);
        PaymentSimulator forger = PaymentSimulator.of(
                "not the key of the town, at all!".getBytes(StandardCharsets.US_ASCII),
                URI.create("https://evil.example/pay"),
                clock);
        PaymentService service = PaymentService.of(store, journal, clock, List.of(simulator))
                .withReceipts(p -> new ReceiptDraft(
                        "ENFANCE",
                        "Famille Martin",
                        List.of(new Quittance.Line(p.description(), p.amountCents())),
                        Quittance.MeansOfPayment.CARTE_BANCAIRE));
        PaymentSweeper sweeper = PaymentSweeper.of(service, store, clock);
        Payment started = service.start(
                        "simulator",
                        new PaymentRequest(
                                "R1",
                                2000,
                                "Cantine",
                                null,
                                URI.create("https://mairie.example/retour"),
                                URI.create("https://mairie.example/notification"),
                                clock.instant()),
                        List.of())
                .payment();
        String tx = started.providerTransactionId();
        assertThat(tx).isNotNull();

        List<ProviderNotification> delivered = new ArrayList<>();
        int applied = 0;
        boolean paid = false;
        for (Event event : events) {
            NotificationResult result;
            switch (event) {
                case PAY -> result = deliver(service, simulator, simulator.pay("R1"), delivered);
                case REFUSE -> result = deliver(service, simulator, simulator.refuse("R1"), delivered);
                case ABANDON -> result = deliver(service, simulator, simulator.abandon("R1"), delivered);
                case REPLAY ->
                    result = delivered.isEmpty()
                            ? null
                            : service.onNotification(simulator, delivered.get(delivered.size() - 1));
                case FORGED_PAID ->
                    result = service.onNotification(
                            simulator, forger.signedNotification("R1", tx, PaymentOutcome.PAID, 2000, "EUR"));
                case WRONG_AMOUNT ->
                    result = service.onNotification(
                            simulator, simulator.signedNotification("R1", tx, PaymentOutcome.PAID, 1, "EUR"));
                case SWEEP_LATER -> {
                    clock.advance(Duration.ofMinutes(10));
                    result = null;
                    applied += sweeper.sweep().changed();
                }
                default -> throw new IllegalStateException();
            }
            if (result instanceof NotificationResult.Applied a) {
                applied++;
                assertThat(a.previous()).isNotEqualTo(PaymentStatus.PAID);
            }
            if (event == Event.FORGED_PAID || event == Event.WRONG_AMOUNT) {
                assertThat(result).isInstanceOf(NotificationResult.Rejected.class);
            }
            PaymentStatus now =
                    store.findByReference("R1").orElseThrow().value().status();
            if (paid) {
                assertThat(now).isEqualTo(PaymentStatus.PAID);
            }
            paid = now == PaymentStatus.PAID;
        }

        Versioned<Payment> last = store.findByReference("R1").orElseThrow();
        long expiries = journal.about("payment", started.id().toString()).stream()
                .filter(e -> e.event().action().equals("payment.expired"))
                .count();
        assertThat(store.receipts("ENFANCE", 2026)).hasSize(last.value().status() == PaymentStatus.PAID ? 1 : 0);
        assertThat(last.version()).isEqualTo(2 + applied + expiries);
        assertThat(journal.about("payment", started.id().toString()))
                .filteredOn(e -> e.event().action().equals("payment.paid"))
                .hasSizeLessThanOrEqualTo(1);
    }

    private static NotificationResult deliver(
            PaymentService service,
            PaymentSimulator simulator,
            ProviderNotification notification,
            List<ProviderNotification> delivered) {
        delivered.add(notification);
        return service.onNotification(simulator, notification);
    }
}
