package fr.eadmin.payment.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.jdbc.DriverManagerDataSource;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.receipt.PaidPayment;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.ReceiptNumber;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JdbcPaymentStoreH2Test {
    final Instant now = Instant.parse("2026-03-02T09:00:00.123456Z");
    final DriverManagerDataSource dataSource =
            DriverManagerDataSource.of("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    final JdbcPaymentStore store;

    JdbcPaymentStoreH2Test() {
        PaymentSchema.initializer().migrate(dataSource);
        store = JdbcPaymentStore.of(dataSource);
    }

    Payment payment(String reference, Instant createdAt) {
        return new Payment(
                PaymentId.generate(Clock.fixed(createdAt, ZoneOffset.UTC)),
                reference,
                1234,
                "Cantine",
                "simulator",
                PaymentStatus.CREATED,
                null,
                URI.create("https://mairie.example/retour"),
                URI.create("https://mairie.example/notification"),
                createdAt,
                createdAt,
                createdAt.plusSeconds(1800),
                List.of("F-2", "F-1"));
    }

    @Test
    void storesAndReadsAPaymentBack() {
        Payment payment = payment("R1", now);

        assertThat(store.create(payment)).isEqualTo(new Versioned<>(payment, 1));
        assertThat(store.find(payment.id())).contains(new Versioned<>(payment, 1));
        assertThat(store.findByReference("R1")).contains(new Versioned<>(payment, 1));
        assertThat(store.findByReference("R2")).isEmpty();
    }

    @Test
    void updatesAreConditionalOnTheVersion() {
        Payment payment = payment("R1", now);
        store.create(payment);
        Payment pending = payment.withStatus(PaymentStatus.PENDING, now.plusSeconds(1), "SIM1");

        assertThat(store.update(pending, 1)).isEqualTo(new Versioned<>(pending, 2));
        assertThatThrownBy(() -> store.update(pending.withStatus(PaymentStatus.PAID, now, null), 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.expectedVersion())
                        .isEqualTo(1));
        assertThat(store.find(payment.id())).contains(new Versioned<>(pending, 2));
        assertThatThrownBy(() -> store.update(payment("R9", now), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void referencesAreUnique() {
        store.create(payment("R1", now));

        assertThatThrownBy(() -> store.create(payment("R1", now))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void findsOpenPaymentsOldestFirst() {
        Payment late = payment("R2", now.plusSeconds(10));
        Payment early = payment("R1", now);
        Payment paid = payment("R3", now.minusSeconds(10));
        store.create(late);
        store.create(early);
        store.create(paid);
        store.update(paid.withStatus(PaymentStatus.PAID, now, "SIM3"), 1);

        assertThat(store.findOpen(10)).extracting(v -> v.value().reference()).containsExactly("R1", "R2");
        assertThat(store.findOpen(1)).extracting(v -> v.value().reference()).containsExactly("R1");
        assertThatThrownBy(() -> store.findOpen(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScriptListMatchesTheScriptFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration/" + PaymentSchema.MODULE))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(PaymentSchema.SCRIPTS);
        }
        assertThat(PaymentSchema.initializer().migrate(dataSource)).isEmpty();
    }

    @Test
    void recordsAPaymentAsPaidWithTheNextReceiptNumber() {
        Payment first = payment("R1", now);
        Payment second = payment("R2", now);
        store.create(first);
        store.create(second);
        Payment paid = first.withStatus(PaymentStatus.PAID, now, "SIM1");

        PaidPayment one = store.recordPaid(paid, 1, draft(paid));
        assertThatThrownBy(() -> store.recordPaid(paid, 1, draft(paid))).isInstanceOf(ConcurrentUpdateException.class);
        Payment paid2 = second.withStatus(PaymentStatus.PAID, now, "SIM2");
        PaidPayment two = store.recordPaid(paid2, 1, draft(paid2));

        assertThat(one.payment()).isEqualTo(new Versioned<>(paid, 2));
        assertThat(one.receipt().number()).isEqualTo(new ReceiptNumber(2026, 1));
        assertThat(two.receipt().number()).isEqualTo(new ReceiptNumber(2026, 2));
        assertThat(store.receipts("ENFANCE", 2026)).containsExactly(one.receipt(), two.receipt());
        assertThat(store.findReceipt(first.id())).contains(one.receipt());
        assertThat(store.findReceipt(payment("R3", now).id())).isEmpty();
        assertThat(store.find(second.id()).orElseThrow().value().status()).isEqualTo(PaymentStatus.PAID);
    }

    static ReceiptDraft draft(Payment payment) {
        return new ReceiptDraft(
                "ENFANCE",
                "Famille Martin",
                List.of(new Quittance.Line("Cantine", 1000), new Quittance.Line("Garderie", 234)),
                Quittance.MeansOfPayment.CARTE_BANCAIRE);
    }
}
