package fr.eadmin.examples;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.blob.FileSystemBlobStore;
import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.demande.AutomaticDecision;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeNotifications;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.Deposit;
import fr.eadmin.core.demande.ServiceLevel;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.jdbc.JdbcDemandeStore;
import fr.eadmin.core.jdbc.JdbcDossierStore;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.jdbc.JdbcOutbox;
import fr.eadmin.core.jdbc.JdbcUsagerStore;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.TownIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lyon, the town's portal end to end: one dossier usager fed by internet, the guichet, the telephone and the
 * post; réclamations answered within a committed delay measured on the French business calendar, one of them
 * late; the family's cantine and périscolaire invoices paid in one online payment; the traceability journal
 * sealed by the town's timestamping unit, exported, verified and timestamped, an altered copy detected; the
 * first closed réclamation transferred to the archives as a SEDA 2.2 package.
 */
final class Lyon implements Scenario {
    static final String NAME = "lyon";
    static final String ORGANISATION = "ville-lyon";
    static final TownIdentity TOWN = TownIdentity.of(
            "Ville de Lyon",
            List.of("Direction de la relation aux usagers", "1 place de la Comédie", "69001 Lyon"),
            "relation.usagers@mairie-lyon.example");

    /** The system property naming the folder of the official SEDA 2.2 schemas, to check packages with them. */
    static final String SEDA_SCHEMAS_PROPERTY = "eadmin.seda.schemas";

    private static final char[] PASSWORD = "lyon-demonstration-only".toCharArray();

    /**
     * What the story established, for those who check it.
     *
     * @param dossier the demandes of the foyer's dossier, in the order they were filed
     * @param dossierReport the dossier as an agent sees it
     * @param firstReclamation the accusé de réception of the réclamation answered in time
     * @param secondReclamation the accusé de réception of the réclamation answered late
     * @param flaggedLate what the deadline sweep did
     * @param atSweep the service level at the deadline sweep
     * @param atEnd the service level once every réclamation was answered
     * @param settlement how the invoices were paid
     * @param journal what the journal check found
     * @param transfer the archive transfer
     */
    record Outcome(
            List<Demande> dossier,
            String dossierReport,
            AccuseReception firstReclamation,
            AccuseReception secondReclamation,
            List<AutomaticDecision> flaggedLate,
            ServiceLevel atSweep,
            ServiceLevel atEnd,
            LyonFactures.Settlement settlement,
            LyonJournal.Check journal,
            LyonArchivage.Transfer transfer) {}

    private final @Nullable Path sedaSchemas;

    /** The scenario, checking packages with the SEDA schemas named by {@value #SEDA_SCHEMAS_PROPERTY} if set. */
    Lyon() {
        this(schemasFromProperty());
    }

    Lyon(@Nullable Path sedaSchemas) {
        this.sedaSchemas = sedaSchemas;
    }

    private static @Nullable Path schemasFromProperty() {
        String folder = System.getProperty(SEDA_SCHEMAS_PROPERTY);
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "one dossier usager across internet, guichet, téléphone and courrier; réclamations with a "
                + "committed delay, one late; two invoices paid at once; journal sealed, exported, verified; "
                + "closed réclamation archived (SEDA)";
    }

    @Override
    public void run(ScenarioContext context) throws Exception {
        play(context);
    }

    /**
     * Plays the story.
     *
     * @param context the scenario's context
     * @return what it established
     * @throws Exception if a step fails
     */
    Outcome play(ScenarioContext context) throws Exception {
        StoryClock clock =
                new StoryClock(context.clock().instant(), context.clock().getZone());
        TeleserviceCatalogue catalogue = Resources.catalogue("lyon-catalogue.json");
        JdbcJournal journal = JdbcJournal.create(context.dataSource());
        DemandeService demandes = DemandeService.create(
                catalogue,
                JdbcDemandeStore.create(
                        context.dataSource(), journal, JdbcOutbox.create(context.dataSource(), clock), clock),
                DemandeNotifications.none(),
                clock);
        TownTrust trust = TownTrust.openOrCreate(
                context.privateFolder("pki-lyon"), "Ville de Lyon", PASSWORD, context.dataSource(), clock);
        trust.publishTrustAnchor(context, "lyon-ac-racine.pem");
        DocumentRenderer renderer = DocumentRenderer.create(TOWN, clock);
        LyonDossierUsager dossiers = new LyonDossierUsager(
                context,
                clock,
                JdbcUsagerStore.create(context.dataSource(), clock),
                JdbcDossierStore.create(context.dataSource(), clock),
                FileSystemBlobStore.open(context.blobFolder()),
                demandes,
                catalogue);
        LyonReclamations reclamations = new LyonReclamations(context, clock, demandes, renderer);
        LyonFactures factures = new LyonFactures(context, clock, journal, renderer);
        LocalDate firstDay = LocalDate.now(clock);

        // Monday: the family's account; the cantine registration arrives by post.
        LyonDossierUsager.Famille famille = dossiers.openFamily();
        Deposit cantine = dossiers.cantineByPost(famille);
        say(context, cantine);
        // Tuesday: at the guichet, Yanis is registered to the accueil du soir.
        clock.advance(Duration.ofDays(1));
        Deposit periscolaire = dossiers.periscolaireAtGuichet(famille);
        say(context, periscolaire);
        // Wednesday: the service enfance accepts both.
        clock.advance(Duration.ofDays(1));
        dossiers.accept(cantine.demande().value().id(), "Inscription à la cantine, quatre jours par semaine");
        dossiers.accept(periscolaire.demande().value().id(), "Inscription à l'accueil du soir");

        // Six days later, the first of the month: the registrations' month is invoiced.
        clock.advance(Duration.ofDays(6));
        var invoices = factures.issue(
                famille.foyer(),
                YearMonth.from(firstDay),
                famille.ines().prenoms().get(0),
                famille.yanis().prenoms().get(0));

        // Two days later: a réclamation by phone about night works; the agent keys it in.
        clock.advance(Duration.ofDays(2));
        Deposit byPhone =
                reclamations.file(famille.karim(), LyonReclamations.TELEPHONE_AGENT, Channel.TELEPHONE, """
                {"objet": "bruit", "lieu": "Chantier de la rue Paul Bert, angle rue Saint-Eusèbe",
                 "urgence": false, "dateConstat": "%s",
                 "description": "Travaux bruyants chaque nuit entre 23 h et 2 h depuis une semaine.",
                 "nom": "Benali", "prenom": "Karim", "reponse": "courrier",
                 "adresse": "27 rue Paul Bert", "codePostal": "69003", "commune": "Lyon"}
                """.formatted(
                                LocalDate.now(clock).minusDays(1)));
        say(context, byPhone);
        reclamations.writeAccuseReception(byPhone.accuseReception());

        // A week later: a réclamation online about a street light.
        clock.advance(Duration.ofDays(7));
        Deposit online =
                reclamations.file(famille.samia(), Actor.usager(famille.samia().id()), Channel.INTERNET, """
                {"objet": "eclairage", "lieu": "27 rue Paul Bert, devant l'école", "urgence": false,
                 "dateConstat": "%s",
                 "description": "Le lampadaire devant l'entrée de l'école reste éteint le soir depuis trois jours.",
                 "nom": "Benali", "prenom": "Samia", "reponse": "email", "email": "samia.benali@example.fr"}
                """.formatted(
                                LocalDate.now(clock).minusDays(1)));
        say(context, online);
        Path onlineAr = reclamations.writeAccuseReception(online.accuseReception());

        // The next day the parent pays both invoices at once.
        clock.advance(Duration.ofDays(1));
        LyonFactures.Settlement settlement = factures.payTogether(invoices);

        // Six days later the online réclamation is answered, within its delay, and closed; the nightly seal of
        // the journal covers its last entry.
        clock.advance(Duration.ofDays(6));
        DemandeId onlineId = online.demande().value().id();
        Path onlineAnswer = reclamations.answer(
                onlineId,
                famille.samia(),
                "Lampadaire réparé, réponse envoyée par courriel",
                "Vous nous avez signalé un lampadaire éteint devant l'école de la rue Paul Bert. Les services de"
                        + " l'éclairage public sont intervenus : la lampe a été remplacée et le point lumineux"
                        + " fonctionne de nouveau. Nous vous remercions de votre signalement.");
        JournalSeal closingSeal = journal.seal(trust.timestamper());
        context.say("réclamation " + online.demande().value().reference() + " answered and closed; journal sealed at"
                + " position " + closingSeal.position());

        // Eleven days later the nightly deadline sweep finds the phone réclamation unanswered past its delay.
        clock.advance(Duration.ofDays(11));
        List<AutomaticDecision> flagged = reclamations.sweep();
        ServiceLevel atSweep = reclamations.level(firstDay, LocalDate.now(clock).plusDays(1));
        context.say("deadline sweep: " + flagged.size() + " demande(s) flagged late");

        // Nine days later it is answered, late.
        clock.advance(Duration.ofDays(9));
        DemandeId phoneId = byPhone.demande().value().id();
        reclamations.answer(
                phoneId,
                famille.karim(),
                "Horaires du chantier rappelés à l'entreprise, réponse envoyée par courrier",
                "Vous nous avez signalé des travaux bruyants la nuit rue Paul Bert. Le chantier était autorisé de"
                        + " jour seulement : l'entreprise a été mise en demeure de respecter les horaires de"
                        + " l'arrêté et la police municipale a constaté l'arrêt des travaux de nuit. Nous vous"
                        + " prions de nous excuser pour le délai de cette réponse.");
        ServiceLevel atEnd = reclamations.level(firstDay, LocalDate.now(clock).plusDays(1));
        String levelReport = reclamations.report(atSweep, atEnd, List.of(phoneId, onlineId));
        context.writeReport("niveau-de-service-reclamations.txt", levelReport);
        levelReport.lines().forEach(context::say);

        // What an agent sees of the dossier, whatever the channel.
        List<Demande> history = LyonDossierUsager.history(demandes, famille);
        String dossierReport = dossiers.report(famille, history);
        context.writeReport("dossier-usager.txt", dossierReport);
        context.writeReport("factures.txt", LyonFactures.report(settlement));

        // The journal: sealed again, exported, verified, the file timestamped; an altered copy detected.
        JournalSeal finalSeal = journal.seal(trust.timestamper());
        Demande phone = demandes.find(phoneId).orElseThrow().value();
        LocalDate phoneDeadline =
                Objects.requireNonNull(Objects.requireNonNull(phone.delay()).deadline());
        Instant backdated = phoneDeadline.atTime(16, 0).atZone(Main.PARIS).toInstant();
        LyonJournal.Check check = new LyonJournal(context)
                .exportAndVerify(
                        journal, List.of(closingSeal, finalSeal), trust.timestamper(), phoneId.toString(), backdated);

        // The closed online réclamation goes to the archives.
        LyonArchivage.Transfer transfer = new LyonArchivage(context, clock, sedaSchemas)
                .transfer(demandes.find(onlineId).orElseThrow().value(), onlineAr, onlineAnswer, journal, closingSeal);
        context.say("réclamation " + online.demande().value().reference() + " transferred to the archives as "
                + transfer.messageIdentifier() + " (" + transfer.report().dataObjects() + " objects, "
                + (transfer.report().schemaChecked() ? "schema checked" : "checked without the SEDA schema") + ")");

        return new Outcome(
                history,
                dossierReport,
                online.accuseReception(),
                byPhone.accuseReception(),
                flagged,
                atSweep,
                atEnd,
                settlement,
                check,
                transfer);
    }

    private static void say(ScenarioContext context, Deposit deposit) {
        Demande demande = deposit.demande().value();
        AccuseReception ar = deposit.accuseReception();
        context.say("deposited " + demande.reference() + " (" + demande.teleservice() + ") by "
                + LyonDossierUsager.channel(demande.channel()) + ", filed by "
                + demande.filedBy().reference()
                + "; answer due by "
                + (ar.decisionDueBy() == null ? "?" : FrenchFormats.date(ar.decisionDueBy())));
    }
}
