package fr.eadmin.payment.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.jdbc.DatabaseAccessException;
import fr.eadmin.core.jdbc.DriverManagerDataSource;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.documents.Facture;
import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.PaymentService;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.invoice.Invoice;
import fr.eadmin.payment.invoice.InvoiceId;
import fr.eadmin.payment.invoice.InvoiceStatus;
import fr.eadmin.payment.memory.InMemoryInvoiceStore;
import fr.eadmin.payment.memory.InMemoryPaymentStore;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.ReceiptNumber;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Invoices are settled in the transaction that records their payment as paid, on H2. */
class PaymentSettlementH2Test {
    final MutableClock clock = MutableClock.at(Instant.parse("2026-04-01T08:00:00Z"));
    final DriverManagerDataSource dataSource =
            DriverManagerDataSource.of("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    final JdbcInvoiceStore invoices;
    final InMemoryJournal journal = InMemoryJournal.create();
    final PaymentSimulator simulator = PaymentSimulator.of(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
            URI.create("https://mairie.example/simulateur"),
            clock);
    final UsagerId foyer = UsagerId.random();

    PaymentSettlementH2Test() {
        PaymentSchema.initializer().migrate(dataSource);
        invoices = JdbcInvoiceStore.of(dataSource);
    }

    PaymentService service(PaymentStore payments) {
        return PaymentService.of(payments, journal, clock, List.of(simulator))
                .withInvoices(invoices)
                .withReceipts(payment -> new ReceiptDraft(
                        "ENFANCE",
                        "Famille Martin",
                        List.of(new Quittance.Line(payment.description(), payment.amountCents())),
                        Quittance.MeansOfPayment.CARTE_BANCAIRE));
    }

    Invoice invoice(String number) {
        Invoice invoice = Invoice.open(
                InvoiceId.generate(clock),
                number,
                foyer,
                "cantine",
                List.of(new Facture.Line("Repas de mars", 12, 350)),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30));
        invoices.create(invoice);
        return invoice;
    }

    void start(PaymentService service, String reference, Invoice invoice) {
        service.startForInvoices(
                "simulator",
                reference,
                List.of(invoice.id()),
                URI.create("https://mairie.example/retour"),
                URI.create("https://mairie.example/notification"));
    }

    void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void thePaymentItsReceiptAndItsInvoicesAreRecordedTogether() {
        JdbcPaymentStore payments = JdbcPaymentStore.of(dataSource);
        PaymentService service = service(payments);
        Invoice march = invoice("F-2026-000001");
        start(service, "P1", march);

        NotificationResult result = service.onNotification(simulator, simulator.pay("P1"));

        assertThat(result).isInstanceOfSatisfying(NotificationResult.Applied.class, applied -> {
            assertThat(applied.receipt()).isNotNull();
            assertThat(applied.receipt().number()).isEqualTo(new ReceiptNumber(2026, 1));
            assertThat(invoices.find(march.id()).orElseThrow().paidBy())
                    .isEqualTo(applied.payment().id());
        });
    }

    @Test
    void aFailureInSettlingRollsBackThePaymentAndUsesNoReceiptNumber() throws SQLException {
        JdbcPaymentStore payments = JdbcPaymentStore.of(dataSource);
        PaymentService service = service(payments);
        Invoice march = invoice("F-2026-000001");
        start(service, "P1", march);
        long version = payments.findByReference("P1").orElseThrow().version();
        sql("ALTER TABLE eadmin_invoice ADD CONSTRAINT eadmin_invoice_frozen_ck CHECK (status <> 'PAID')");

        assertThatThrownBy(() -> service.onNotification(simulator, simulator.pay("P1")))
                .isInstanceOf(DatabaseAccessException.class);

        Payment payment = payments.findByReference("P1").orElseThrow().value();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payments.findByReference("P1").orElseThrow().version()).isEqualTo(version);
        assertThat(payments.findReceipt(payment.id())).isEmpty();
        assertThat(payments.receipts("ENFANCE", 2026)).isEmpty();
        assertThat(invoices.find(march.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(journal.about("invoice", march.id().toString())).isEmpty();

        sql("ALTER TABLE eadmin_invoice DROP CONSTRAINT eadmin_invoice_frozen_ck");
        service.onNotification(simulator, simulator.pay("P1"));

        assertThat(payments.findReceipt(payment.id()).orElseThrow().number()).isEqualTo(new ReceiptNumber(2026, 1));
        assertThat(invoices.find(march.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void theInMemoryStorePutsThePaymentBackWhenSettlingFails() throws SQLException {
        InMemoryPaymentStore payments = InMemoryPaymentStore.create();
        PaymentService service = service(payments);
        Invoice march = invoice("F-2026-000001");
        start(service, "P1", march);
        long version = payments.findByReference("P1").orElseThrow().version();
        sql("ALTER TABLE eadmin_invoice ADD CONSTRAINT eadmin_invoice_frozen_ck CHECK (status <> 'PAID')");

        assertThatThrownBy(() -> service.onNotification(simulator, simulator.pay("P1")))
                .isInstanceOf(DatabaseAccessException.class);

        assertThat(payments.findByReference("P1").orElseThrow().version()).isEqualTo(version);
        assertThat(payments.findByReference("P1").orElseThrow().value().status())
                .isEqualTo(PaymentStatus.PENDING);
        assertThat(payments.receipts("ENFANCE", 2026)).isEmpty();

        sql("ALTER TABLE eadmin_invoice DROP CONSTRAINT eadmin_invoice_frozen_ck");
        service.onNotification(simulator, simulator.pay("P1"));

        assertThat(payments.receipts("ENFANCE", 2026)).singleElement().satisfies(r -> assertThat(r.number())
                .isEqualTo(new ReceiptNumber(2026, 1)));
    }

    @Test
    void aJdbcPaymentStoreSettlesOnlyInvoicesOfItsOwnDatabase() {
        JdbcPaymentStore payments = JdbcPaymentStore.of(dataSource);
        Payment payment = Payment.create(
                        PaymentId.generate(clock),
                        new PaymentRequest(
                                "P1",
                                100,
                                "Cantine",
                                null,
                                URI.create("https://mairie.example/retour"),
                                URI.create("https://mairie.example/notification"),
                                clock.instant()),
                        "simulator",
                        clock.instant().plusSeconds(1800),
                        List.of())
                .withStatus(PaymentStatus.PAID, clock.instant(), "TX1");
        payments.create(payment);

        assertThatThrownBy(() -> payments.recordPaidAndSettle(payment, 1, null, InMemoryInvoiceStore.create()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(payments.recordPaidAndSettle(payment, 1, null, invoices).settledInvoices())
                .isEmpty();
        assertThat(payments.find(payment.id()).orElseThrow().version()).isEqualTo(2);
    }
}
