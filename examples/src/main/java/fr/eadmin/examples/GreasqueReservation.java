package fr.eadmin.examples;

import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.documents.Quittance;
import fr.eadmin.documents.TownIdentity;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentInitiation;
import fr.eadmin.payment.PaymentService;
import fr.eadmin.payment.jdbc.JdbcPaymentStore;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.Regie;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.ProviderNotification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Gréasque, booking a tennis court paid online: the usager books court n° 2 for two hours and pays with the
 * payment simulator; the simulator's signed notification arrives twice (the server-to-server callback, then
 * the usager's return), the payment is credited once, and the régie des locations issues a quittance with the
 * next number of its year, rendered to PDF.
 */
final class GreasqueReservation implements Scenario {
    static final Regie REGIE = new Regie("LOCATIONS", "Régie des locations de salles et équipements sportifs");

    private static final TownIdentity TOWN = TownIdentity.of(
            "Mairie de Gréasque", List.of("Place Félicien David", "13850 Gréasque"), "accueil@greasque.example");
    private static final byte[] SIMULATOR_KEY = "greasque-demonstration-key-00001".getBytes(StandardCharsets.US_ASCII);
    private static final long HOURLY_RATE_CENTS = 800;

    @Override
    public String name() {
        return "greasque";
    }

    @Override
    public String description() {
        return "tennis court booked and paid online with the simulator, notification received twice, "
                + "credited once, numbered quittance";
    }

    @Override
    public void run(ScenarioContext context) throws Exception {
        StoryClock clock =
                new StoryClock(context.clock().instant(), context.clock().getZone());
        PaymentSimulator simulator =
                PaymentSimulator.of(SIMULATOR_KEY, URI.create("https://paiement.greasque.example/simulateur"), clock);
        PaymentService payments = PaymentService.of(
                        JdbcPaymentStore.of(context.dataSource()),
                        JdbcJournal.create(context.dataSource()),
                        clock,
                        List.of(simulator))
                .withReceipts(payment -> new ReceiptDraft(
                        REGIE.code(),
                        "M. Paul Durand",
                        List.of(new Quittance.Line(payment.description(), payment.amountCents())),
                        Quittance.MeansOfPayment.CARTE_BANCAIRE));

        // The usager books court n° 2 on Saturday morning, two hours, and is sent to the payment page.
        PaymentRequest booking = new PaymentRequest(
                "RESA2026001187",
                2 * HOURLY_RATE_CENTS,
                "Court de tennis n° 2, samedi 10 h - 12 h",
                null,
                URI.create("https://reservations.greasque.example/retour"),
                URI.create("https://reservations.greasque.example/paiement/notification"),
                clock.instant());
        PaymentInitiation started = payments.start(simulator.name(), booking, List.of());
        context.say("booking " + booking.reference() + " started: " + Money.euros(booking.amountCents()) + ", "
                + started.payment().status());

        // The usager pays; the notification comes once by the server-to-server callback and once more with
        // the usager's browser coming back.
        clock.advance(Duration.ofMinutes(2));
        ProviderNotification paid = simulator.pay(booking.reference());
        NotificationResult callback = payments.onNotification(simulator, paid);
        NotificationResult browserReturn = payments.onNotification(simulator, paid);
        if (!(callback instanceof NotificationResult.Applied applied)
                || !(browserReturn instanceof NotificationResult.Unchanged)) {
            throw new IllegalStateException("the payment was not credited exactly once");
        }
        Receipt receipt = applied.receipt();
        if (receipt == null) {
            throw new IllegalStateException("the payment was credited without a receipt");
        }
        Payment payment = applied.payment();
        Path pdf = Quittances.write(context, name(), TOWN, clock, REGIE, receipt, null);
        context.say("payment " + payment.reference() + " " + payment.status()
                + ": notification received twice, credited once; quittance " + REGIE.code() + " "
                + receipt.number() + " (" + Money.euros(receipt.amountCents()) + ") in " + pdf.getFileName());
    }
}
