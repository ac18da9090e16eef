package fr.eadmin.examples;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.documents.Facture;
import fr.eadmin.documents.Quittance;
import fr.eadmin.documents.TownIdentity;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.PaymentInitiation;
import fr.eadmin.payment.PaymentService;
import fr.eadmin.payment.invoice.Invoice;
import fr.eadmin.payment.invoice.InvoiceId;
import fr.eadmin.payment.jdbc.JdbcInvoiceStore;
import fr.eadmin.payment.jdbc.JdbcPaymentStore;
import fr.eadmin.payment.payfip.PayfipConfig;
import fr.eadmin.payment.payfip.PayfipProvider;
import fr.eadmin.payment.payfip.ReplayingPayfipTransport;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.Regie;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStore;
import fr.eadmin.payment.spi.ProviderNotification;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maurepas, the conservatoire's invoice paid with PayFiP: the family's invoice for the first term is paid
 * online through PayFiP Régie. PayFiP's exchanges were recorded on the day of the payment and are replayed
 * here (no network): the payment is created with {@code creerPaiementSecurise}, PayFiP's notification carries
 * only the idOp, so the status is fetched back with {@code recupererDetailPaiementSecurise}; the invoice is
 * settled and the régie du conservatoire issues its quittance.
 */
final class MaurepasFacturePayfip implements Scenario {
    static final Regie REGIE = new Regie("CONSERVATOIRE", "Régie du conservatoire de musique et de danse");

    /** When the exchanges with PayFiP were recorded: the story replays that morning. */
    static final Instant RECORDED = Instant.parse("2026-10-12T07:40:00Z");

    private static final TownIdentity TOWN = TownIdentity.of(
            "Mairie de Maurepas", List.of("2 place d'Haugwitz", "78310 Maurepas"), "mairie@maurepas.example");
    private static final PayfipConfig PAYFIP = new PayfipConfig("078310", PayfipConfig.Saisie.TEST);
    private static final String ID_OP = "5f3a9c42-6a1e-11f1-9d2b-0213ad91a217";

    @Override
    public String name() {
        return "maurepas-payfip";
    }

    @Override
    public String description() {
        return "conservatoire invoice paid with PayFiP (recorded exchanges): the notification names only the "
                + "idOp, the status is fetched back, the invoice settled, numbered quittance";
    }

    @Override
    public void run(ScenarioContext context) throws Exception {
        StoryClock clock = new StoryClock(RECORDED, context.clock().getZone());
        ReplayingPayfipTransport payfipExchanges = ReplayingPayfipTransport.create()
                .expect("creerPaiementSecurise", recorded("creer-request.xml"), recorded("creer-response.xml"))
                .expect(
                        "recupererDetailPaiementSecurise",
                        recorded("detail-request.xml"),
                        recorded("detail-response-paid.xml"));
        PayfipProvider payfip = PayfipProvider.of(PAYFIP, payfipExchanges, clock);
        PaymentStore paymentStore = JdbcPaymentStore.of(context.dataSource());
        JdbcInvoiceStore invoices = JdbcInvoiceStore.of(context.dataSource());
        PaymentService payments = PaymentService.of(
                        paymentStore, JdbcJournal.create(context.dataSource()), clock, List.of(payfip))
                .withInvoices(invoices)
                .withReceipts(payment -> new ReceiptDraft(
                        REGIE.code(),
                        "Mme Claire Martin",
                        List.of(new Quittance.Line(payment.description(), payment.amountCents())),
                        Quittance.MeansOfPayment.CARTE_BANCAIRE));

        // The conservatoire invoiced the first term of both children on 1 October.
        Invoice invoice = Invoice.open(
                InvoiceId.generate(clock),
                "F-2026-000317",
                UsagerId.generate(clock),
                "conservatoire",
                List.of(
                        new Facture.Line("Danse, premier trimestre 2026-2027", 1, 9_800),
                        new Facture.Line("Piano, premier trimestre 2026-2027", 1, 12_600)),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31));
        invoices.create(invoice);

        // The family pays it online: PayFiP needs the payer's e-mail and an objet without accents.
        PaymentRequest request = new PaymentRequest(
                "CONS2026000317",
                invoice.totalCents(),
                "Facture " + invoice.number() + " conservatoire",
                Email.parse("famille.martin@example.org"),
                URI.create("https://demarches.maurepas.example/paiement/payfip/retour"),
                URI.create("https://demarches.maurepas.example/paiement/payfip/notification"),
                clock.instant());
        PaymentInitiation started =
                payments.start(payfip.name(), request, List.of(invoice.id().toString()));
        context.say("invoice " + invoice.number() + " (" + Money.euros(invoice.totalCents()) + "): PayFiP idOp "
                + started.payment().providerTransactionId() + ", "
                + started.payment().status());

        // PayFiP calls back with the idOp only; the status is fetched back before anything is credited.
        clock.advance(Duration.ofMinutes(6));
        ProviderNotification notification = ProviderNotification.ofParameters(Map.of("idop", ID_OP), clock.instant());
        NotificationResult result = payments.onNotification(payfip, notification);
        if (!(result instanceof NotificationResult.Applied applied) || applied.receipt() == null) {
            throw new IllegalStateException("the PayFiP payment was not credited: " + result);
        }
        if (!payfipExchanges.exhausted()) {
            throw new IllegalStateException("some recorded PayFiP exchanges were not replayed");
        }
        Receipt receipt = Objects.requireNonNull(applied.receipt());
        Invoice settled = invoices.find(invoice.id()).orElseThrow();
        Path pdf = Quittances.write(context, name(), TOWN, clock, REGIE, receipt, invoice.number());
        context.say("notification with the idOp only: status fetched back, payment "
                + applied.payment().status()
                + ", invoice " + settled.number() + " " + settled.status() + "; quittance " + REGIE.code() + " "
                + receipt.number() + " in " + pdf.getFileName());
    }

    private static String recorded(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                MaurepasFacturePayfip.class.getResourceAsStream("payfip/" + name), "recorded exchange " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
