package fr.eadmin.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.eadmin.core.facility.Facility;
import fr.eadmin.core.facility.FacilityDirectory;
import fr.eadmin.core.facility.FacilityId;
import fr.eadmin.core.format.FrenchFormats;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gréasque, its facilities and their booking online.
 *
 * <ol>
 *   <li>The town publishes its directory of municipal facilities with their opening hours as open data:
 *       {@code equipements.csv} and {@code equipements.json}.
 *   <li>A usager books tennis court n° 2 for two hours on Saturday and pays with the payment simulator; the
 *       simulator's signed notification arrives twice (the server-to-server callback, then the usager's return),
 *       the payment is credited once.
 *   <li>An association asks for the salle polyvalente on Saturday evening until 2 h: refused, the salle closes at
 *       1 h; it asks again until 1 h, the booking is accepted and paid online, credited once as well.
 *   <li>The régie des locations issues a quittance for each payment, with consecutive numbers of its year,
 *       rendered to PDF; {@code reservations.json} sums up every request and its outcome.
 * </ol>
 */
final class GreasqueReservation implements Scenario {
    static final Regie REGIE = new Regie("LOCATIONS", "Régie des locations de salles et équipements sportifs");

    private static final TownIdentity TOWN = TownIdentity.of(
            "Mairie de Gréasque", List.of("Place Félicien David", "13850 Gréasque"), "accueil@greasque.example");
    private static final byte[] SIMULATOR_KEY = "greasque-demonstration-key-00001".getBytes(StandardCharsets.US_ASCII);
    private static final long COURT_HOURLY_RATE_CENTS = 800;
    private static final long SALLE_EVENING_RATE_CENTS = 18_000;
    private static final URI RETURN_URL = URI.create("https://reservations.greasque.example/retour");
    private static final URI NOTIFICATION_URL =
            URI.create("https://reservations.greasque.example/paiement/notification");

    /** A request to book a facility for an interval, paid in advance. */
    private record BookingRequest(
            String reference,
            FacilityId facility,
            String payer,
            String description,
            ZonedDateTime start,
            ZonedDateTime end,
            long amountCents) {}

    @Override
    public String name() {
        return "greasque";
    }

    @Override
    public String description() {
        return "facilities directory as open data (CSV, JSON); tennis court and salle polyvalente booked within "
                + "opening hours, paid online with the simulator, credited once, numbered quittances";
    }

    @Override
    public void run(ScenarioContext context) throws Exception {
        StoryClock clock =
                new StoryClock(context.clock().instant(), context.clock().getZone());

        // 1. The directory of facilities, published as open data.
        // @start region="directory"
        FacilityDirectory equipements = GreasqueEquipements.directory();
        context.writeReport("equipements.csv", equipements.toCsv());
        context.writeReport("equipements.json", equipements.toJson());
        // @end
        context.say("directory of " + equipements.facilities().size()
                + " facilities published: equipements.csv, equipements.json");

        // Payments through the simulator; each receipt names the payer of its booking.
        Map<String, String> payers = new LinkedHashMap<>();
        PaymentSimulator simulator =
                PaymentSimulator.of(SIMULATOR_KEY, URI.create("https://paiement.greasque.example/simulateur"), clock);
        PaymentService payments = PaymentService.of(
                        JdbcPaymentStore.of(context.dataSource()),
                        JdbcJournal.create(context.dataSource()),
                        clock,
                        List.of(simulator))
                .withReceipts(payment -> new ReceiptDraft(
                        REGIE.code(),
                        payers.get(payment.reference()),
                        List.of(new Quittance.Line(payment.description(), payment.amountCents())),
                        Quittance.MeansOfPayment.CARTE_BANCAIRE));

        LocalDate saturday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        List<Map<String, Object>> summary = new ArrayList<>();

        // 2. Tennis court n° 2, Saturday 10 h - 12 h.
        BookingRequest court = new BookingRequest(
                "RESA2026001187",
                GreasqueEquipements.TENNIS,
                "M. Paul Durand",
                "Court de tennis n° 2, samedi 10 h - 12 h",
                at(saturday, 10, 0),
                at(saturday, 12, 0),
                2 * COURT_HOURLY_RATE_CENTS);
        summary.add(book(context, clock, equipements, payers, simulator, payments, court));

        // 3. The salle polyvalente for a Saturday evening: first until 2 h (refused), then until 1 h.
        BookingRequest tooLate = new BookingRequest(
                "RESA2026001188",
                GreasqueEquipements.SALLE_POLYVALENTE,
                "Association Les Amis de la Mine",
                "Salle polyvalente, samedi 19 h - dimanche 2 h",
                at(saturday, 19, 0),
                at(saturday.plusDays(1), 2, 0),
                SALLE_EVENING_RATE_CENTS);
        summary.add(book(context, clock, equipements, payers, simulator, payments, tooLate));
        clock.advance(Duration.ofMinutes(5));
        BookingRequest evening = new BookingRequest(
                "RESA2026001189",
                GreasqueEquipements.SALLE_POLYVALENTE,
                "Association Les Amis de la Mine",
                "Salle polyvalente, samedi 19 h - dimanche 1 h",
                at(saturday, 19, 0),
                at(saturday.plusDays(1), 1, 0),
                SALLE_EVENING_RATE_CENTS);
        summary.add(book(context, clock, equipements, payers, simulator, payments, evening));

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        context.writeReport("reservations.json", json.writeValueAsString(Map.of("reservations", summary)) + "\n");
    }

    /**
     * Checks the request against the facility's opening hours, then takes the payment: the notification comes once
     * by the server-to-server callback and once more with the usager's browser coming back, and must be credited
     * once.
     */
    private Map<String, Object> book(
            ScenarioContext context,
            StoryClock clock,
            FacilityDirectory equipements,
            Map<String, String> payers,
            PaymentSimulator simulator,
            PaymentService payments,
            BookingRequest request)
            throws Exception {
        Facility facility = equipements
                .find(request.facility())
                .orElseThrow(() -> new IllegalStateException("no facility " + request.facility()));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("reference", request.reference());
        line.put("equipement", facility.id().value());
        line.put("debut", request.start().toOffsetDateTime().toString());
        line.put("fin", request.end().toOffsetDateTime().toString());
        line.put("montant_centimes", request.amountCents());

        // @start region="hours"
        Optional<ZonedDateTime> closed = facility.hours().firstClosing(request.start(), request.end());
        if (closed.isPresent()) {
            String reason = "hors des horaires d'ouverture : " + facility.name() + " fermée le "
                    + FrenchFormats.dateTime(closed.get().toLocalDateTime(), true, ' ') + " (horaires : "
                    + facility.hours().format() + ")";
            line.put("statut", "REFUSEE");
            line.put("motif", reason);
            context.say("booking " + request.reference() + " refused: " + reason);
            return line;
        }
        // @end

        payers.put(request.reference(), request.payer());
        PaymentRequest booking = new PaymentRequest(
                request.reference(),
                request.amountCents(),
                request.description(),
                null,
                RETURN_URL,
                NOTIFICATION_URL,
                clock.instant());
        PaymentInitiation started = payments.start(simulator.name(), booking, List.of());
        context.say("booking " + booking.reference() + " started: " + Money.euros(booking.amountCents()) + ", "
                + started.payment().status());

        clock.advance(Duration.ofMinutes(2));
        ProviderNotification paid = simulator.pay(booking.reference());
        NotificationResult callback = payments.onNotification(simulator, paid);
        NotificationResult browserReturn = payments.onNotification(simulator, paid);
        CreditedOnce credited = CreditedOnce.check(callback, browserReturn, "the payment");
        Receipt receipt = credited.receipt();
        Payment payment = credited.payment();
        Path pdf = Quittances.write(context, name(), TOWN, clock, REGIE, receipt, null);
        context.say("payment " + payment.reference() + " " + payment.status()
                + ": notification received twice, credited once; quittance " + REGIE.code() + " "
                + receipt.number() + " (" + Money.euros(receipt.amountCents()) + ") in " + pdf.getFileName());
        line.put("statut", "PAYEE");
        line.put("paiement", payment.status().name());
        line.put("quittance", REGIE.code() + " " + receipt.number());
        return line;
    }

    private static ZonedDateTime at(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(Main.PARIS);
    }
}
