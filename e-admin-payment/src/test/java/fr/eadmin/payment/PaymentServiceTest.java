package fr.eadmin.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.payment.memory.InMemoryPaymentStore;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStart;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PaymentServiceTest {
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    final InMemoryPaymentStore store = InMemoryPaymentStore.create();
    final InMemoryJournal journal = InMemoryJournal.create();
    final PaymentSimulator simulator =
            PaymentSimulator.of(KEY, URI.create("https://mairie.example/paiement/simulateur"), clock);
    final PaymentService service = PaymentService.of(store, journal, clock, List.of(simulator));

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

    Versioned<Payment> stored(String reference) {
        return store.findByReference(reference).orElseThrow();
    }

    @Test
    void startStoresThePaymentPendingWithTheProvidersTransactionId() {
        PaymentInitiation started = service.start("simulator", request("2026-000001", 4250), List.of("F-1", "F-2"));

        assertThat(started.start()).isInstanceOf(PaymentStart.Redirect.class);
        assertThat(((PaymentStart.Redirect) started.start()).location())
                .hasToString("https://mairie.example/paiement/simulateur?reference=2026-000001");
        Versioned<Payment> stored = stored("2026-000001");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.value().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(stored.value().providerTransactionId())
                .isNotNull()
                .isEqualTo(started.start().providerTransactionId());
        assertThat(stored.value().invoiceIds()).containsExactly("F-1", "F-2");
        assertThat(stored.value().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(journal.about("payment", stored.value().id().toString()))
                .extracting(e -> e.event().action())
                .containsExactly("payment.created", "payment.pending");
    }

    @Test
    void aPaidNotificationCreditsThePaymentOnce() {
        service.start("simulator", request("R1", 1000), List.of());
        ProviderNotification paid = simulator.pay("R1");

        NotificationResult first = service.onNotification(simulator, paid);
        NotificationResult replay = service.onNotification(simulator, paid);

        assertThat(first).isInstanceOfSatisfying(NotificationResult.Applied.class, a -> {
            assertThat(a.previous()).isEqualTo(PaymentStatus.PENDING);
            assertThat(a.payment().status()).isEqualTo(PaymentStatus.PAID);
        });
        assertThat(replay).isInstanceOf(NotificationResult.Unchanged.class);
        assertThat(stored("R1").version()).isEqualTo(3);
        List<JournalEntry> entries =
                journal.about("payment", stored("R1").value().id().toString());
        assertThat(entries)
                .extracting(e -> e.event().action())
                .containsExactly("payment.created", "payment.pending", "payment.paid");
        assertThat(entries.get(2).event().details())
                .containsEntry("from", "PENDING")
                .containsEntry("to", "PAID");
    }

    @Test
    void aPaidPaymentStaysPaidWhateverComesAfter() {
        service.start("simulator", request("R1", 1000), List.of());
        service.onNotification(simulator, simulator.pay("R1"));
        String tx = stored("R1").value().providerTransactionId();

        NotificationResult late = service.onNotification(
                simulator, simulator.signedNotification("R1", tx, PaymentOutcome.CANCELLED, 1000, "EUR"));

        assertThat(late).isInstanceOf(NotificationResult.Unchanged.class);
        assertThat(stored("R1").value().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void refusedAndAbandonedPaymentsAreFinal() {
        service.start("simulator", request("R1", 1000), List.of());
        service.start("simulator", request("R2", 1000), List.of());

        service.onNotification(simulator, simulator.refuse("R1"));
        service.onNotification(simulator, simulator.abandon("R2"));

        assertThat(stored("R1").value().status()).isEqualTo(PaymentStatus.REFUSED);
        assertThat(stored("R2").value().status()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void aForgedNotificationChangesNothing() {
        service.start("simulator", request("R1", 1000), List.of());
        PaymentSimulator forger = PaymentSimulator.of(
                "another key, not the town's one!".getBytes(StandardCharsets.US_ASCII),
                URI.create("https://evil.example/pay"),
                clock);
        String tx = stored("R1").value().providerTransactionId();

        NotificationResult result = service.onNotification(
                simulator, forger.signedNotification("R1", tx, PaymentOutcome.PAID, 1000, "EUR"));

        assertRejected(result, RejectionReason.SIGNATURE_INVALID, "R1");
    }

    @Test
    void aTamperedAmountChangesNothing() {
        service.start("simulator", request("R1", 1000), List.of());
        Map<String, String> fields = new LinkedHashMap<>(simulator.pay("R1").parameters());
        fields.put(PaymentSimulator.AMOUNT, "1");

        NotificationResult result =
                service.onNotification(simulator, ProviderNotification.ofParameters(fields, clock.instant()));

        assertRejected(result, RejectionReason.SIGNATURE_INVALID, "R1");
    }

    @Test
    void anUnsignedNotificationChangesNothing() {
        service.start("simulator", request("R1", 1000), List.of());
        Map<String, String> fields = new LinkedHashMap<>(simulator.pay("R1").parameters());
        fields.remove(PaymentSimulator.SIGNATURE);

        NotificationResult result =
                service.onNotification(simulator, ProviderNotification.ofParameters(fields, clock.instant()));

        assertRejected(result, RejectionReason.SIGNATURE_MISSING, "R1");
    }

    @Test
    void aSignedButWrongAmountCurrencyOrTransactionChangesNothing() {
        service.start("simulator", request("R1", 1000), List.of());
        String tx = stored("R1").value().providerTransactionId();

        assertRejected(
                service.onNotification(
                        simulator, simulator.signedNotification("R1", tx, PaymentOutcome.PAID, 999, "EUR")),
                RejectionReason.AMOUNT_MISMATCH,
                "R1");
        assertRejected(
                service.onNotification(
                        simulator, simulator.signedNotification("R1", tx, PaymentOutcome.PAID, 1000, "USD")),
                RejectionReason.CURRENCY_MISMATCH,
                "R1");
        assertRejected(
                service.onNotification(
                        simulator, simulator.signedNotification("R1", "SIM999", PaymentOutcome.PAID, 1000, "EUR")),
                RejectionReason.REFERENCE_MISMATCH,
                "R1");
    }

    @Test
    void aNotificationForAnotherReferenceChangesNothing() {
        service.start("simulator", request("R1", 1000), List.of());
        String tx = stored("R1").value().providerTransactionId();

        NotificationResult result = service.onNotification(
                simulator, simulator.signedNotification("R2", tx, PaymentOutcome.PAID, 1000, "EUR"));

        assertRejected(result, RejectionReason.UNKNOWN_PAYMENT, "R1");
    }

    @Test
    void anUnknownProviderIsRefusedBeforeAnythingIsStored() {
        assertThat(service.provider("simulator")).isSameAs(simulator);
        assertThatThrownBy(() -> service.start("payfip", request("R1", 1000), List.of()))
                .isInstanceOfSatisfying(UnknownPaymentProviderException.class, e -> assertThat(e.provider())
                        .isEqualTo("payfip"));
        assertThat(store.findByReference("R1")).isEmpty();
    }

    @Test
    void aSecondPaymentWithTheSameReferenceIsRefused() {
        service.start("simulator", request("R1", 1000), List.of());

        assertThatThrownBy(() -> service.start("simulator", request("R1", 2000), List.of()))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(stored("R1").value().amountCents()).isEqualTo(1000);
    }

    @Test
    void twoProvidersWithTheSameNameAreRefused() {
        assertThatThrownBy(() -> PaymentService.of(store, journal, clock, List.of(simulator, simulator)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCallbackRacingTheUsagersReturnCreditsOnce() throws Exception {
        int payments = 20;
        List<ProviderNotification> notifications = new ArrayList<>();
        for (int i = 0; i < payments; i++) {
            service.start("simulator", request("R" + i, 100 + i), List.of());
            notifications.add(simulator.pay("R" + i));
        }
        List<Callable<NotificationResult>> calls = new ArrayList<>();
        for (ProviderNotification notification : notifications) {
            for (int copy = 0; copy < 4; copy++) {
                calls.add(() -> service.onNotification(simulator, notification));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<NotificationResult> results = new ArrayList<>();
        try {
            for (Future<NotificationResult> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results)
                .filteredOn(r -> r instanceof NotificationResult.Applied)
                .hasSize(payments);
        assertThat(results)
                .filteredOn(r -> r instanceof NotificationResult.Unchanged)
                .hasSize(3 * payments);
        for (int i = 0; i < payments; i++) {
            assertThat(stored("R" + i).value().status()).isEqualTo(PaymentStatus.PAID);
            assertThat(stored("R" + i).version()).isEqualTo(3);
        }
    }

    @Test
    void outcomesLeadToTheseStatuses() {
        assertThat(PaymentService.target(PaymentStatus.PENDING, PaymentOutcome.WAITING))
                .isNull();
        assertThat(PaymentService.target(PaymentStatus.PENDING, PaymentOutcome.ERROR))
                .isEqualTo(PaymentStatus.REFUSED);
        assertThat(PaymentService.target(PaymentStatus.EXPIRED, PaymentOutcome.PAID))
                .isEqualTo(PaymentStatus.PAID);
        assertThat(PaymentService.target(PaymentStatus.EXPIRED, PaymentOutcome.REFUSED))
                .isNull();
        assertThat(PaymentService.target(PaymentStatus.REFUNDED, PaymentOutcome.PAID))
                .isNull();
        assertThat(PaymentService.target(PaymentStatus.CREATED, PaymentOutcome.EXPIRED))
                .isEqualTo(PaymentStatus.EXPIRED);
    }

    private void assertRejected(NotificationResult result, RejectionReason reason, String reference) {
        assertThat(result).isInstanceOfSatisfying(NotificationResult.Rejected.class, r -> assertThat(r.reason())
                .isEqualTo(reason));
        Versioned<Payment> after = stored(reference);
        assertThat(after.value().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(after.version()).isEqualTo(2);
        assertThat(journal.about("payment", after.value().id().toString())).hasSize(2);
    }
}
