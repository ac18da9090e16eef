package fr.eadmin.payment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.payment.memory.InMemoryPaymentStore;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.PaymentRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentSweeperTest {
    final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    final InMemoryPaymentStore store = InMemoryPaymentStore.create();
    final PaymentSimulator simulator =
            PaymentSimulator.of(PaymentServiceTest.KEY, URI.create("https://mairie.example/simulateur"), clock);
    final PaymentService service = PaymentService.of(store, InMemoryJournal.create(), clock, List.of(simulator));
    final PaymentSweeper sweeper = PaymentSweeper.of(service, store, clock);

    void start(String reference) {
        service.start(
                "simulator",
                new PaymentRequest(
                        reference,
                        1500,
                        "Location de salle",
                        null,
                        URI.create("https://mairie.example/retour"),
                        URI.create("https://mairie.example/notification"),
                        clock.instant()),
                List.of());
    }

    PaymentStatus status(String reference) {
        return store.findByReference(reference).orElseThrow().value().status();
    }

    @Test
    void aPaymentWhoseNotificationWasLostIsFetchedBackAtTheSweepInterval() {
        start("R1");
        simulator.pay("R1"); // the notification never arrives

        assertThat(sweeper.sweep()).isEqualTo(new SweepReport(1, 0, 0, 0));
        clock.advance(Duration.ofMinutes(5));
        SweepReport report = sweeper.sweep();

        assertThat(report).isEqualTo(new SweepReport(1, 1, 1, 0));
        assertThat(status("R1")).isEqualTo(PaymentStatus.PAID);
        assertThat(sweeper.sweep()).isEqualTo(new SweepReport(0, 0, 0, 0));
    }

    @Test
    void aPendingPaymentIsAskedAgainOnlyAfterTheInterval() {
        start("R1");
        clock.advance(Duration.ofMinutes(5));
        assertThat(sweeper.sweep()).isEqualTo(new SweepReport(1, 1, 0, 0));
        clock.advance(Duration.ofMinutes(4));
        assertThat(sweeper.sweep()).isEqualTo(new SweepReport(1, 0, 0, 0));
        clock.advance(Duration.ofMinutes(1));
        assertThat(sweeper.sweep()).isEqualTo(new SweepReport(1, 1, 0, 0));
        assertThat(status("R1")).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void anAbandonedPaymentExpiresAtTheEndOfItsLifetime() {
        start("R1");
        clock.advance(Duration.ofMinutes(29));
        sweeper.sweep();
        assertThat(status("R1")).isEqualTo(PaymentStatus.PENDING);

        clock.advance(Duration.ofMinutes(1));
        SweepReport report = sweeper.sweep();

        assertThat(report.expired()).isEqualTo(1);
        assertThat(status("R1")).isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void aLatePaymentAfterExpiryIsStillCredited() {
        start("R1");
        clock.advance(Duration.ofMinutes(31));
        sweeper.sweep();
        assertThat(status("R1")).isEqualTo(PaymentStatus.EXPIRED);
        String tx = store.findByReference("R1").orElseThrow().value().providerTransactionId();

        NotificationResult result = service.onNotification(
                simulator, simulator.signedNotification("R1", tx, PaymentOutcome.PAID, 1500, "EUR"));

        assertThat(result).isInstanceOf(NotificationResult.Applied.class);
        assertThat(status("R1")).isEqualTo(PaymentStatus.PAID);
    }
}
