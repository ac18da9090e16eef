package fr.eadmin.examples;

import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.Facture;
import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentInitiation;
import fr.eadmin.payment.PaymentService;
import fr.eadmin.payment.invoice.Invoice;
import fr.eadmin.payment.invoice.InvoiceId;
import fr.eadmin.payment.jdbc.JdbcInvoiceStore;
import fr.eadmin.payment.jdbc.JdbcPaymentStore;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.Regie;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.ProviderNotification;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Lyon, the family's invoices: at the start of the month the town invoices the past month's cantine (Inès)
 * and accueil du soir (Yanis) to the foyer, each rendered to a facture PDF with its due date. The parent pays both
 * at once online (payment simulator); the notification arrives twice (server callback, then the browser
 * coming back), the payment is credited once, both invoices are settled by it and the régie de l'enfance
 * issues one quittance.
 */
final class LyonFactures {
    static final Regie REGIE = new Regie("ENFANCE", "Régie de l'enfance et de l'éducation");

    private static final byte[] SIMULATOR_KEY = "lyon-demonstration-simulator-key".getBytes(StandardCharsets.US_ASCII);
    private static final long REPAS_CENTS = 345;
    private static final long ACCUEIL_SOIR_CENTS = 210;

    /**
     * How the invoices were paid.
     *
     * @param invoices the invoices as stored after the payment
     * @param payment the payment
     * @param firstNotification what the callback did
     * @param secondNotification what the browser's return did
     * @param receipt the receipt issued
     * @param quittance the quittance PDF
     */
    record Settlement(
            List<Invoice> invoices,
            Payment payment,
            NotificationResult firstNotification,
            NotificationResult secondNotification,
            Receipt receipt,
            Path quittance) {}

    private final ScenarioContext context;
    private final StoryClock clock;
    private final JdbcInvoiceStore invoices;
    private final PaymentSimulator simulator;
    private final PaymentService payments;
    private final DocumentRenderer renderer;

    LyonFactures(ScenarioContext context, StoryClock clock, JdbcJournal journal, DocumentRenderer renderer) {
        this.context = context;
        this.clock = clock;
        this.renderer = renderer;
        this.invoices = JdbcInvoiceStore.of(context.dataSource());
        this.simulator =
                PaymentSimulator.of(SIMULATOR_KEY, URI.create("https://paiement.lyon.example/simulateur"), clock);
        String payer = "Mme Samia Benali";
        this.payments = PaymentService.of(JdbcPaymentStore.of(context.dataSource()), journal, clock, List.of(simulator))
                .withInvoices(invoices)
                .withReceipts(payment -> new ReceiptDraft(
                        REGIE.code(), payer, receiptLines(payment), Quittance.MeansOfPayment.CARTE_BANCAIRE));
    }

    /** One quittance line per invoice the payment settles. */
    private List<Quittance.Line> receiptLines(Payment payment) {
        List<Quittance.Line> lines = new ArrayList<>();
        for (String id : payment.invoiceIds()) {
            Invoice invoice = invoices.find(InvoiceId.parse(id)).orElseThrow();
            lines.add(new Quittance.Line(
                    "Facture " + invoice.number() + " (" + service(invoice.service()) + ")", invoice.totalCents()));
        }
        return lines;
    }

    /**
     * Issues a month's invoices to the foyer, due 30 days later, and renders each to PDF.
     *
     * @param foyer the foyer
     * @param month the month invoiced
     * @param ines the child at the cantine, by first name
     * @param yanis the child at the accueil du soir, by first name
     * @return the invoices
     */
    List<Invoice> issue(Foyer foyer, YearMonth month, String ines, String yanis) throws IOException {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(30);
        String period = month.format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH));
        String series = "ENF-" + today.getYear() + "-";
        Invoice cantine = Invoice.open(
                InvoiceId.generate(clock),
                series + "004811",
                foyer.id(),
                "cantine",
                List.of(new Facture.Line("Restauration scolaire, " + period + ", " + ines, 5, REPAS_CENTS)),
                today,
                due);
        Invoice periscolaire = Invoice.open(
                InvoiceId.generate(clock),
                series + "004812",
                foyer.id(),
                "periscolaire",
                List.of(new Facture.Line("Accueil du soir, " + period + ", " + yanis, 4, ACCUEIL_SOIR_CENTS)),
                today,
                due);
        List<String> address =
                Objects.requireNonNull(foyer.adresse(), "adresse").lignesPostales();
        for (Invoice invoice : List.of(cantine, periscolaire)) {
            invoices.create(invoice);
            Facture facture = invoice.facture(
                    "Mme Samia Benali",
                    address,
                    "Compte famille " + foyer.id(),
                    "Payez en ligne sur votre compte famille (demarches.lyon.example, rubrique Mes factures), une"
                            + " ou plusieurs factures à la fois, ou à la régie de l'enfance, 1 place de la Comédie,"
                            + " du lundi au vendredi de 8 h 45 à 16 h 45.");
            Path file = context.file("facture-" + invoice.number() + ".pdf");
            Files.write(file, renderer.facture(facture).pdf());
            context.record(ArtifactKind.PDF, file);
            context.say("invoice " + invoice.number() + " (" + service(invoice.service()) + "): "
                    + Money.euros(invoice.totalCents()) + ", due " + invoice.dueOn());
        }
        return List.of(cantine, periscolaire);
    }

    /**
     * The parent pays both invoices in one online payment.
     *
     * @param toPay the invoices
     * @return what happened
     */
    Settlement payTogether(List<Invoice> toPay) throws IOException {
        List<InvoiceId> ids = toPay.stream().map(Invoice::id).toList();
        PaymentInitiation started = payments.startForInvoices(
                simulator.name(),
                toPay.get(0).number().replace("-", ""),
                ids,
                URI.create("https://demarches.lyon.example/factures/retour"),
                URI.create("https://demarches.lyon.example/paiement/notification"));
        context.say("payment " + started.payment().reference() + " of "
                + Money.euros(started.payment().amountCents()) + " for "
                + started.payment().description() + ": " + started.payment().status());
        clock.advance(java.time.Duration.ofMinutes(3));
        ProviderNotification paid = simulator.pay(started.payment().reference());
        NotificationResult callback = payments.onNotification(simulator, paid);
        NotificationResult browserReturn = payments.onNotification(simulator, paid);
        CreditedOnce credited = CreditedOnce.check(callback, browserReturn, "the payment");
        Receipt receipt = credited.receipt();
        List<Invoice> settled = new ArrayList<>();
        for (InvoiceId id : ids) {
            settled.add(invoices.find(id).orElseThrow());
        }
        String numbers = String.join(", ", settled.stream().map(Invoice::number).toList());
        Path quittance = Quittances.write(context, Lyon.NAME, Lyon.TOWN, clock, REGIE, receipt, numbers);
        context.say("payment " + credited.payment().reference() + " "
                + credited.payment().status()
                + ": notification received twice, credited once; invoices " + numbers + " settled; quittance "
                + REGIE.code() + " " + receipt.number() + " (" + Money.euros(receipt.amountCents()) + ")");
        return new Settlement(settled, credited.payment(), callback, browserReturn, receipt, quittance);
    }

    /** The invoices report: what was invoiced, when it was due, how it was paid. */
    static String report(Settlement settlement) {
        StringBuilder text = new StringBuilder();
        for (Invoice invoice : settlement.invoices()) {
            text.append(String.format(
                    Locale.FRANCE,
                    "%s  %-13s %10s  émise le %s, échéance le %s, %s par le paiement %s%n",
                    invoice.number(),
                    service(invoice.service()),
                    FrenchFormats.euros(invoice.totalCents()),
                    FrenchFormats.date(invoice.issuedOn()),
                    FrenchFormats.date(invoice.dueOn()),
                    invoice.status(),
                    invoice.paidBy()));
        }
        Payment payment = settlement.payment();
        text.append(String.format(
                Locale.FRANCE,
                "Paiement %s: %s, %s; notification reçue deux fois, créditée une fois (%s puis %s)%n",
                payment.reference(),
                FrenchFormats.euros(payment.amountCents()),
                payment.status(),
                settlement.firstNotification().getClass().getSimpleName(),
                settlement.secondNotification().getClass().getSimpleName()));
        text.append(String.format(
                Locale.FRANCE,
                "Quittance %s %s: %s%n",
                settlement.receipt().regie(),
                settlement.receipt().number(),
                FrenchFormats.euros(settlement.receipt().amountCents())));
        return text.toString();
    }

    private static String service(String code) {
        return switch (code) {
            case "cantine" -> "cantine";
            case "periscolaire" -> "périscolaire";
            default -> code;
        };
    }
}
