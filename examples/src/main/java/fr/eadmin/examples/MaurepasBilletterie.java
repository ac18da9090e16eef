package fr.eadmin.examples;

import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.PaymentInitiation;
import fr.eadmin.payment.PaymentService;
import fr.eadmin.payment.jdbc.JdbcPaymentStore;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.Regie;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.ProviderNotification;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Maurepas, the billetterie of the town's cultural venue: the family buys four seats for the Christmas show
 * (two at full price, two at the children's price) and pays online; the payment provider's notification
 * arrives twice (server callback, then the browser's return), the order is credited once, and the régie de la
 * billetterie issues its quittance with the next number of its year.
 */
final class MaurepasBilletterie {
    static final Regie REGIE = new Regie("BILLETTERIE", "Régie de recettes de la billetterie culturelle");
    static final long FULL_PRICE_CENTS = 1500;
    static final long CHILD_PRICE_CENTS = 800;

    // In production the provider's key comes from the portal's secret store.
    private static final byte[] PROVIDER_KEY = "maurepas-billetterie-demo-key-01".getBytes(StandardCharsets.US_ASCII);

    /** What the order came to: the receipt and its quittance. */
    record Sale(Receipt receipt, Path quittance) {}

    private final ScenarioContext context;
    private final StoryClock clock;

    MaurepasBilletterie(ScenarioContext context, StoryClock clock) {
        this.context = context;
        this.clock = clock;
    }

    Sale run(String buyer) throws IOException {
        PaymentSimulator provider =
                PaymentSimulator.of(PROVIDER_KEY, URI.create("https://paiement.maurepas.example/simulateur"), clock);
        List<Quittance.Line> seats = List.of(
                new Quittance.Line("2 places plein tarif, « Casse-Noisette »", 2 * FULL_PRICE_CENTS),
                new Quittance.Line("2 places tarif enfant, « Casse-Noisette »", 2 * CHILD_PRICE_CENTS));
        long total = seats.stream().mapToLong(Quittance.Line::amountCents).sum();
        // @start region="payment"
        PaymentService payments = PaymentService.of(
                        JdbcPaymentStore.of(context.dataSource()),
                        JdbcJournal.create(context.dataSource()),
                        clock,
                        List.of(provider))
                .withReceipts(payment ->
                        new ReceiptDraft(REGIE.code(), buyer, seats, Quittance.MeansOfPayment.CARTE_BANCAIRE));

        PaymentRequest order = new PaymentRequest(
                "BIL2026004518",
                total,
                "Casse-Noisette, espace culturel, samedi 19 décembre 2026 à 20 h 30, 4 places",
                null,
                URI.create("https://billetterie.maurepas.example/commande/retour"),
                URI.create("https://billetterie.maurepas.example/paiement/notification"),
                clock.instant());
        PaymentInitiation started = payments.start(provider.name(), order, List.of());
        context.say("billetterie order " + order.reference() + ": " + Money.euros(total) + ", "
                + started.payment().status());

        clock.advance(Duration.ofMinutes(3));
        ProviderNotification paid = provider.pay(order.reference());
        NotificationResult callback = payments.onNotification(provider, paid);
        NotificationResult browserReturn = payments.onNotification(provider, paid);
        // @end
        CreditedOnce credited = CreditedOnce.check(callback, browserReturn, "the order");
        Receipt receipt = credited.receipt();
        Path pdf = Quittances.write(context, context.scenario(), MaurepasGuichet.TOWN, clock, REGIE, receipt, null);
        context.say("order " + order.reference() + " " + credited.payment().status()
                + ": notification received twice, credited once; quittance " + REGIE.code() + " "
                + receipt.number() + " (" + Money.euros(receipt.amountCents()) + ")");
        return new Sale(receipt, pdf);
    }
}
