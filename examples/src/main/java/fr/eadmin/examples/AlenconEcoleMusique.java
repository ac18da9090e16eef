package fr.eadmin.examples;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.Deposit;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.documents.Quittance;
import fr.eadmin.documents.TownIdentity;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.authz.Action;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.Payment;
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
import java.util.Map;

/**
 * The conservatoire of the communauté urbaine d'Alençon: Julien enrols in the cello class and rents a cello
 * for the school year. The conservatoire's agent accepts the inscription (the CCAS's agent is refused); the
 * rental is paid online with the payment simulator, whose notification arrives twice and is credited once; the
 * conservatoire's régie issues the quittance.
 */
final class AlenconEcoleMusique {
    /** The régie of the conservatoire, with its own sequence of quittance numbers. */
    static final Regie REGIE = new Regie("CRD-ALENCON", "Régie de recettes du conservatoire d'Alençon");

    /** The rental of a cello for the school year 2026-2027. */
    static final long LOCATION_VIOLONCELLE_CENTS = 12_000;

    private static final TownIdentity CONSERVATOIRE = TownIdentity.of(
            "Communauté urbaine d'Alençon — Conservatoire",
            List.of("4 rue Jullien", "61000 Alençon"),
            "02 33 32 41 72 · conservatoire@conservatoire-alencon.example");
    private static final byte[] SIMULATOR_KEY = "alencon-conservatoire-demo-key-01".getBytes(StandardCharsets.US_ASCII);

    /**
     * What the enrolment established.
     *
     * @param demande the inscription, decided
     * @param callback what the first notification did
     * @param browserReturn what the second one did
     * @param payment the payment as credited
     * @param receipt its receipt
     * @param quittance the quittance PDF
     */
    record Enrolment(
            Demande demande,
            NotificationResult callback,
            NotificationResult browserReturn,
            Payment payment,
            Receipt receipt,
            Path quittance) {}

    private final ScenarioContext context;
    private final DemandeService demandes;
    private final AlenconScenario.Portal portal;
    private final StoryClock clock;

    AlenconEcoleMusique(
            ScenarioContext context, DemandeService demandes, AlenconScenario.Portal portal, StoryClock clock) {
        this.context = context;
        this.demandes = demandes;
        this.portal = portal;
        this.clock = clock;
    }

    /**
     * Enrols a pupil who rents an instrument.
     *
     * @param pupil the pupil, an adult enrolling himself
     * @param account his account
     * @param agent the conservatoire's agent
     * @param ccasAgent the CCAS's agent, who has no business here
     * @return what was established
     * @throws Exception if a step fails
     */
    Enrolment enrol(Individu pupil, Account account, Account agent, Account ccasAgent) throws Exception {
        Deposit deposit = portal.deposit(
                account,
                "usager",
                DraftRequest.forSelf(AlenconScenario.ECOLE_MUSIQUE, pupil, Actor.usager(pupil.id()), Channel.INTERNET)
                        .withAnswers(Map.of(
                                "discipline", "violoncelle",
                                "cycle", "adultes",
                                "locationInstrument", "oui")));
        Demande inscription = deposit.demande().value();
        context.say("inscription " + inscription.reference() + " deposited with "
                + deposit.accuseReception().service().designation());

        clock.advance(Duration.ofDays(1));
        portal.allowed(ccasAgent, "agent du CCAS", Action.CONSULTER, inscription);
        Actor conservatoire = Actor.agent("conservatoire-alencon", agent.id().toString());
        if (!portal.allowed(agent, "agent du conservatoire", Action.DECIDER, inscription)) {
            throw new IllegalStateException("the conservatoire may not decide on its own inscriptions");
        }
        demandes.startInstruction(inscription.id(), conservatoire, Channel.INTERNET);
        Demande accepted = demandes.accept(
                        inscription.id(),
                        conservatoire,
                        Channel.INTERNET,
                        "Inscription en violoncelle, cycle adultes; violoncelle 4/4 loué pour l'année")
                .value();

        // The rental is paid online.
        PaymentSimulator simulator = PaymentSimulator.of(
                SIMULATOR_KEY, URI.create("https://paiement.conservatoire-alencon.example/simulateur"), clock);
        String payer = String.join(" ", pupil.prenoms()) + " " + pupil.nomUsuel();
        PaymentService payments = PaymentService.of(
                        JdbcPaymentStore.of(context.dataSource()),
                        JdbcJournal.create(context.dataSource()),
                        clock,
                        List.of(simulator))
                .withReceipts(payment -> new ReceiptDraft(
                        REGIE.code(),
                        payer,
                        List.of(new Quittance.Line(payment.description(), payment.amountCents())),
                        Quittance.MeansOfPayment.CARTE_BANCAIRE));
        PaymentRequest rental = new PaymentRequest(
                "LOC-" + accepted.reference(),
                LOCATION_VIOLONCELLE_CENTS,
                "Location d'un violoncelle 4/4, année scolaire 2026-2027 (inscription " + accepted.reference() + ")",
                null,
                URI.create("https://demarches.ville-alencon.example/conservatoire/retour"),
                URI.create("https://demarches.ville-alencon.example/conservatoire/paiement/notification"),
                clock.instant());
        payments.start(simulator.name(), rental, List.of());
        clock.advance(Duration.ofMinutes(3));
        ProviderNotification paid = simulator.pay(rental.reference());
        NotificationResult callback = payments.onNotification(simulator, paid);
        NotificationResult browserReturn = payments.onNotification(simulator, paid);
        CreditedOnce credited = CreditedOnce.check(callback, browserReturn, "the rental");
        Receipt receipt = credited.receipt();
        Path quittance = Quittances.write(context, AlenconScenario.NAME, CONSERVATOIRE, clock, REGIE, receipt, null);
        context.say("rental " + rental.reference() + " " + credited.payment().status()
                + ": notified twice, credited once; quittance " + REGIE.code() + " " + receipt.number() + " ("
                + Money.euros(receipt.amountCents()) + ")");
        return new Enrolment(accepted, callback, browserReturn, credited.payment(), receipt, quittance);
    }
}
