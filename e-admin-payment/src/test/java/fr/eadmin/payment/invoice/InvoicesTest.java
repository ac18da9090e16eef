package fr.eadmin.payment.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.documents.Facture;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentInitiation;
import fr.eadmin.payment.PaymentService;
import fr.eadmin.payment.memory.InMemoryInvoiceStore;
import fr.eadmin.payment.memory.InMemoryPaymentStore;
import fr.eadmin.payment.simulator.PaymentSimulator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoicesTest {
    final MutableClock clock = MutableClock.at(Instant.parse("2026-04-01T08:00:00Z"));
    final InMemoryInvoiceStore invoices = InMemoryInvoiceStore.create();
    final InMemoryJournal journal = InMemoryJournal.create();
    final PaymentSimulator simulator = PaymentSimulator.of(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
            URI.create("https://mairie.example/simulateur"),
            clock);
    final InMemoryPaymentStore payments = InMemoryPaymentStore.create();
    final PaymentService service =
            PaymentService.of(payments, journal, clock, List.of(simulator)).withInvoices(invoices);
    final UsagerId foyer = UsagerId.random();

    Invoice invoice(String number, long quantity, long unitPrice) {
        Invoice invoice = Invoice.open(
                InvoiceId.generate(clock),
                number,
                foyer,
                "cantine",
                List.of(new Facture.Line("Repas de mars", quantity, unitPrice)),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30));
        invoices.create(invoice);
        return invoice;
    }

    PaymentInitiation startFor(String reference, Invoice... toPay) {
        return service.startForInvoices(
                "simulator",
                reference,
                List.of(toPay).stream().map(Invoice::id).toList(),
                URI.create("https://mairie.example/retour"),
                URI.create("https://mairie.example/notification"));
    }

    @Test
    void onePaymentSettlesSeveralInvoicesForTheirTotal() {
        Invoice march = invoice("F-2026-000001", 12, 350);
        Invoice april = invoice("F-2026-000002", 10, 350);

        Payment payment = startFor("P1", march, april).payment();
        NotificationResult result = service.onNotification(simulator, simulator.pay("P1"));

        assertThat(payment.amountCents()).isEqualTo(22 * 350);
        assertThat(payment.description()).isEqualTo("Factures F-2026-000001, F-2026-000002");
        assertThat(payment.invoiceIds())
                .containsExactly(march.id().toString(), april.id().toString());
        assertThat(result).isInstanceOf(NotificationResult.Applied.class);
        assertThat(invoices.find(march.id())).contains(march.paidBy(payment.id()));
        assertThat(invoices.find(april.id())).contains(april.paidBy(payment.id()));
        assertThat(invoices.findOpen(foyer)).isEmpty();
        assertThat(journal.about("invoice", march.id().toString()))
                .extracting(e -> e.event().action())
                .containsExactly("invoice.paid");
    }

    @Test
    void aReplayedNotificationSettlesNothingTwice() {
        Invoice march = invoice("F-2026-000001", 12, 350);
        startFor("P1", march);
        service.onNotification(simulator, simulator.pay("P1"));

        NotificationResult replay = service.onNotification(simulator, simulator.pay("P1"));

        assertThat(replay).isInstanceOf(NotificationResult.Unchanged.class);
        assertThat(journal.about("invoice", march.id().toString())).hasSize(1);
    }

    @Test
    void thePaymentAndItsInvoicesChangeTogether() {
        Invoice march = invoice("F-2026-000001", 12, 350);
        startFor("P1", march);

        NotificationResult result = service.onNotification(simulator, simulator.pay("P1"));

        Payment paid = ((NotificationResult.Applied) result).payment();
        assertThat(invoices.find(march.id()).orElseThrow().paidBy()).isEqualTo(paid.id());
        assertThat(journal.about("invoice", march.id().toString()))
                .extracting(e -> e.event().action())
                .containsExactly("invoice.paid");
    }

    @Test
    void invoicesStayOpenUntilThePaymentIsPaid() {
        Invoice march = invoice("F-2026-000001", 12, 350);

        startFor("P1", march);
        service.onNotification(simulator, simulator.refuse("P1"));

        assertThat(invoices.findOpen(foyer)).containsExactly(march);
    }

    @Test
    void onlyOpenInvoicesCanBePaid() {
        Invoice paid = invoice("F-2026-000001", 1, 500);
        Invoice cancelled = invoice("F-2026-000002", 1, 500);
        startFor("P1", paid);
        service.onNotification(simulator, simulator.pay("P1"));
        invoices.cancel(cancelled.id());

        assertThatThrownBy(() -> startFor("P2", paid))
                .isInstanceOfSatisfying(InvoiceNotPayableException.class, e -> assertThat(e.status())
                        .isEqualTo(InvoiceStatus.PAID));
        assertThatThrownBy(() -> startFor("P3", cancelled))
                .isInstanceOfSatisfying(InvoiceNotPayableException.class, e -> assertThat(e.status())
                        .isEqualTo(InvoiceStatus.CANCELLED));
        assertThatThrownBy(() -> service.startForInvoices(
                        "simulator",
                        "P4",
                        List.of(InvoiceId.generate(clock)),
                        URI.create("https://mairie.example/retour"),
                        URI.create("https://mairie.example/notification")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> startFor("P5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvoiceIsConsistent() {
        assertThatThrownBy(() -> Invoice.open(
                        InvoiceId.generate(clock),
                        "F-1",
                        foyer,
                        "cantine",
                        List.of(),
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Invoice.open(
                        InvoiceId.generate(clock),
                        "F-1",
                        foyer,
                        "cantine",
                        List.of(new Facture.Line("Repas", 1, 100)),
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentService.of(InMemoryPaymentStore.create(), journal, clock, List.of(simulator))
                        .startForInvoices(
                                "simulator",
                                "P1",
                                List.of(InvoiceId.generate(clock)),
                                URI.create("https://mairie.example/retour"),
                                URI.create("https://mairie.example/notification")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInvoiceBecomesTheFactureDocumentWithItsNumberDatesAndLines() {
        Invoice march = invoice("F-2026-000003", 12, 350);

        Facture facture = march.facture(
                "Mme Claire Martin", List.of("12 rue de la Mairie", "78310 Maurepas"), "FAM-0042", "En ligne.");

        assertThat(facture.number()).isEqualTo("F-2026-000003");
        assertThat(facture.issuedOn()).isEqualTo(march.issuedOn());
        assertThat(facture.dueOn()).isEqualTo(march.dueOn());
        assertThat(facture.lines()).isEqualTo(march.lines());
        assertThat(facture.totalCents()).isEqualTo(march.totalCents());
        assertThat(facture.payerAddress()).containsExactly("12 rue de la Mairie", "78310 Maurepas");
        assertThatThrownBy(() -> march.facture(" ", List.of("12 rue de la Mairie"), "FAM-0042", "En ligne."))
                .isInstanceOf(fr.eadmin.documents.InvalidDocumentException.class);
    }
}
