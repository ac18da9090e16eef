package fr.eadmin.payment.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.payment.DefaultLocale;
import fr.eadmin.payment.PaymentOutcome;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import fr.eadmin.payment.spi.StartedPayment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PaymentSimulatorTest {
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    final PaymentSimulator simulator = PaymentSimulator.of(KEY, URI.create("http://localhost:8080/sim"), clock);

    PaymentRequest request(String reference) {
        return new PaymentRequest(
                reference,
                2500,
                "Conservatoire",
                null,
                URI.create("http://localhost:8080/retour"),
                URI.create("http://localhost:8080/notification"),
                clock.instant());
    }

    @Test
    void aPaidNotificationVerifies() {
        simulator.start(request("A 1&2"));

        NotificationVerdict verdict = simulator.verify(simulator.pay("A 1&2"));

        assertThat(verdict).isInstanceOfSatisfying(NotificationVerdict.Verified.class, v -> {
            assertThat(v.reference()).isEqualTo("A 1&2");
            assertThat(v.outcome()).isEqualTo(PaymentOutcome.PAID);
            assertThat(v.amountCents()).isEqualTo(2500);
            assertThat(v.currency()).isEqualTo("EUR");
            assertThat(v.paidAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void transactionIdsHaveAsciiDigitsWhateverTheDefaultLocale() {
        int[] started = {0};
        DefaultLocale.withOtherDigits(
                () -> assertThat(simulator.start(request("L" + ++started[0])).providerTransactionId())
                        .matches("SIM[0-9]{12}"));
    }

    @Test
    void theFetchedBackStatusFollowsThePayment() {
        simulator.start(request("R1"));
        StartedPayment started = new StartedPayment(request("R1"), null);
        assertThat(((NotificationVerdict.Verified) simulator.fetchStatus(started)).outcome())
                .isEqualTo(PaymentOutcome.WAITING);

        simulator.refuse("R1");
        simulator.pay("R1"); // a settled payment stays as settled

        assertThat(((NotificationVerdict.Verified) simulator.fetchStatus(started)).outcome())
                .isEqualTo(PaymentOutcome.REFUSED);
        assertThat(simulator.fetchStatus(new StartedPayment(request("R2"), null)))
                .isInstanceOfSatisfying(NotificationVerdict.Rejected.class, r -> assertThat(r.reason())
                        .isEqualTo(RejectionReason.UNKNOWN_PAYMENT));
    }

    @Test
    void unknownReferencesCannotBeSettledAndReferencesCannotBeReused() {
        assertThatThrownBy(() -> simulator.pay("nope")).isInstanceOf(IllegalArgumentException.class);
        simulator.start(request("R1"));
        assertThatThrownBy(() -> simulator.start(request("R1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedNotificationsAreRejected() {
        simulator.start(request("R1"));
        Map<String, String> fields = new LinkedHashMap<>(simulator.pay("R1").parameters());

        Map<String, String> noStatus = new LinkedHashMap<>(fields);
        noStatus.remove(PaymentSimulator.STATUS);
        Map<String, String> notHex = new LinkedHashMap<>(fields);
        notHex.put(PaymentSimulator.SIGNATURE, "zz");

        assertThat(reason(noStatus)).isEqualTo(RejectionReason.MALFORMED);
        assertThat(reason(notHex)).isEqualTo(RejectionReason.SIGNATURE_INVALID);
        assertThat(simulator.verify(ProviderNotification.ofParameters(fields, clock.instant())))
                .isInstanceOf(NotificationVerdict.Verified.class);
    }

    @Test
    void keysAreLongEnoughAndNeverShown() {
        assertThatThrownBy(() -> PaymentSimulator.of(new byte[16], URI.create("http://localhost/sim"), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(simulator.toString()).doesNotContain("0123456789abcdef");
        assertThat(simulator.parameters()).filteredOn(p -> p.secret()).hasSize(1);
    }

    @Property
    void anyChangeToASignedFieldBreaksTheSignature(
            @ForAll("fieldNames") String field, @ForAll @AlphaChars @StringLength(min = 1, max = 12) String value) {
        ProviderNotification signed = simulator.signedNotification("R1", "SIM1", PaymentOutcome.PAID, 2500, "EUR");
        Map<String, String> fields = new LinkedHashMap<>(signed.parameters());
        String changed = fields.get(field) + value;
        fields.put(field, changed);

        assertThat(reason(fields)).isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> fieldNames() {
        return net.jqwik.api.Arbitraries.of(
                PaymentSimulator.REFERENCE,
                PaymentSimulator.TRANSACTION,
                PaymentSimulator.STATUS,
                PaymentSimulator.AMOUNT,
                PaymentSimulator.CURRENCY);
    }

    private RejectionReason reason(Map<String, String> fields) {
        NotificationVerdict verdict = simulator.verify(ProviderNotification.ofParameters(fields, clock.instant()));
        assertThat(verdict).isInstanceOf(NotificationVerdict.Rejected.class);
        return ((NotificationVerdict.Rejected) verdict).reason();
    }
}
