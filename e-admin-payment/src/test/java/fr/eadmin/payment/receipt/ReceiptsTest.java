package fr.eadmin.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.Quittance;
import fr.eadmin.documents.TownIdentity;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.PaymentService;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.memory.InMemoryPaymentStore;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.PaymentRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptsTest {
    static final Regie ENFANCE = new Regie("ENFANCE", "Régie enfance");

    final MutableClock clock = MutableClock.at(Instant.parse("2026-12-31T22:00:00Z"));
    final InMemoryPaymentStore store = InMemoryPaymentStore.create();
    final InMemoryJournal journal = InMemoryJournal.create();
    final PaymentSimulator simulator = PaymentSimulator.of(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
            URI.create("https://mairie.example/simulateur"),
            clock);
    final PaymentService service =
            PaymentService.of(store, journal, clock, List.of(simulator)).withReceipts(ReceiptsTest::draft);

    static ReceiptDraft draft(Payment payment) {
        return new ReceiptDraft(
                ENFANCE.code(),
                "Famille Martin",
                List.of(new Quittance.Line(payment.description(), payment.amountCents())),
                Quittance.MeansOfPayment.CARTE_BANCAIRE);
    }

    NotificationResult payNow(String reference) {
        service.start(
                "simulator",
                new PaymentRequest(
                        reference,
                        3150,
                        "Accueil périscolaire, décembre 2026",
                        null,
                        URI.create("https://mairie.example/retour"),
                        URI.create("https://mairie.example/notification"),
                        clock.instant()),
                List.of());
        return service.onNotification(simulator, simulator.pay(reference));
    }

    @Test
    void eachPaymentPaidGetsTheNextNumberOfItsYear() {
        Receipt first = ((NotificationResult.Applied) payNow("R1")).receipt();
        Receipt second = ((NotificationResult.Applied) payNow("R2")).receipt();
        clock.advance(Duration.ofHours(1)); // midnight in Paris: a new year
        Receipt third = ((NotificationResult.Applied) payNow("R3")).receipt();

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(third).isNotNull();
        assertThat(first.number()).hasToString("2026-000001");
        assertThat(second.number()).hasToString("2026-000002");
        assertThat(third.number()).hasToString("2027-000001");
        assertThat(store.receipts("ENFANCE", 2026)).containsExactly(first, second);
        assertThat(store.findReceipt(first.paymentId())).contains(first);
        assertThat(first.amountCents()).isEqualTo(3150);
        assertThat(journal.about("payment", first.paymentId().toString()))
                .extracting(e -> e.event().action())
                .endsWith("payment.paid", "receipt.issued");
    }

    @Test
    void aReplayedNotificationIssuesNoSecondReceipt() {
        payNow("R1");
        NotificationResult replay = service.onNotification(simulator, simulator.pay("R1"));

        assertThat(replay).isInstanceOf(NotificationResult.Unchanged.class);
        assertThat(store.receipts("ENFANCE", 2026)).hasSize(1);
    }

    @Test
    void aCancelledReceiptKeepsItsNumberAndTheNextOneFollows() {
        Receipt first = ((NotificationResult.Applied) payNow("R1")).receipt();
        assertThat(first).isNotNull();

        ReceiptCancellation cancellation = service.cancelReceipt(first.paymentId(), "paiement en double");
        Receipt second = ((NotificationResult.Applied) payNow("R2")).receipt();

        assertThat(cancellation.number()).isEqualTo(first.number());
        assertThat(store.findCancellation("ENFANCE", first.number())).contains(cancellation);
        assertThat(second).isNotNull();
        assertThat(second.number()).hasToString("2026-000002");
        assertThat(store.receipts("ENFANCE", 2026)).containsExactly(first, second);
        assertThat(journal.about("payment", first.paymentId().toString()))
                .extracting(e -> e.event().action())
                .endsWith("receipt.cancelled");
        assertThatThrownBy(() -> service.cancelReceipt(first.paymentId(), "encore"))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> service.cancelReceipt(PaymentId.generate(clock), "aucune"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReceiptAddsUpToThePaymentAndIsForAPaidPaymentOnly() {
        payNow("R1");
        Payment paid = store.findByReference("R1").orElseThrow().value();
        ReceiptDraft wrongTotal = new ReceiptDraft(
                "ENFANCE",
                "Famille Martin",
                List.of(new Quittance.Line("Cantine", 100)),
                Quittance.MeansOfPayment.CARTE_BANCAIRE);

        assertThatThrownBy(() -> Receipt.issue(paid, wrongTotal, new ReceiptNumber(2026, 9)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Receipt.issue(
                        paid.withStatus(PaymentStatus.REFUSED, clock.instant(), null),
                        draft(paid),
                        new ReceiptNumber(2026, 9)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> store.findReceipt(paid.id()).orElseThrow().quittance(new Regie("SPORT", "Sport"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQuittanceRendersAsAPdfThatQpdfAccepts(@TempDir Path dir) throws IOException, InterruptedException {
        Receipt receipt = ((NotificationResult.Applied) payNow("R1")).receipt();
        assertThat(receipt).isNotNull();
        Quittance quittance = receipt.quittance(ENFANCE, "F-2026-0042");
        byte[] pdf = DocumentRenderer.create(
                        TownIdentity.of(
                                "Mairie de Maurepas",
                                List.of("2 place d'Haugwitz", "78310 Maurepas"),
                                "mairie@maurepas.example"),
                        clock)
                .quittance(quittance)
                .pdf();

        assertThat(quittance.number()).isEqualTo("2026-000001");
        assertThat(quittance.totalCents()).isEqualTo(3150);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path file = dir.resolve("quittance.pdf");
        Files.write(file, pdf);
        Process qpdf;
        try {
            qpdf = new ProcessBuilder("qpdf", "--check", file.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException missing) {
            assumeThat(System.getenv("CI")).as("qpdf is installed in CI").isNull();
            return;
        }
        String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(qpdf.waitFor()).as(output).isZero();
        assertThat(output).contains("No syntax or stream encoding errors");
    }
}
