package fr.eadmin.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeNotifications;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.Deposit;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.demande.ServiceLevel;
import fr.eadmin.core.demande.SuppliedPiece;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.jdbc.JdbcDemandeStore;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.jdbc.JdbcOutbox;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalVerification;
import fr.eadmin.core.json.EAdminJson;
import fr.eadmin.core.notification.OutboxRelay;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maurepas, inscriptions to the conservatoire: the parent registers both children, each with the pièces
 * their choices require (Léa dances: a medical certificate; the family pays by quotient familial: its
 * attestation); the justificatif de domicile already in the dossier is reused, not uploaded again. Each
 * deposit produces its accusé de réception; Léa's demande is incomplete until the certificate arrives;
 * agents decide; the usager is notified at each step through the transactional outbox; the service-level
 * report measures the 6-working-day goal; the traceability journal verifies.
 */
final class MaurepasConservatoire {
    static final String TELESERVICE = "inscription-conservatoire";

    private static final Actor AGENT = Actor.agent("conservatoire-maurepas", "agent-0042");

    private final ScenarioContext context;
    private final StoryClock clock;
    private final BlobStore blobs;
    private final DossierStore dossiers;

    MaurepasConservatoire(ScenarioContext context, BlobStore blobs, DossierStore dossiers) {
        this.context = context;
        this.clock = new StoryClock(context.clock().instant(), context.clock().getZone());
        this.blobs = blobs;
        this.dossiers = dossiers;
    }

    void run(Foyer foyer, Individu parent, Individu lea, Individu hugo) throws Exception {
        TeleserviceCatalogue catalogue;
        try (InputStream json = Objects.requireNonNull(
                MaurepasConservatoire.class.getResourceAsStream("maurepas-catalogue.json"), "catalogue resource")) {
            catalogue = TeleserviceCatalogue.fromJson(json);
        }
        Teleservice inscription = catalogue.get(TELESERVICE);

        // The application wires the JDBC stores: a demande's change, its journal entries and its
        // notifications are committed in one transaction.
        JdbcJournal journal = JdbcJournal.create(context.dataSource());
        JdbcOutbox outbox = JdbcOutbox.create(context.dataSource(), clock);
        DemandeStore store = JdbcDemandeStore.create(context.dataSource(), journal, outbox, clock);
        Recipient parentEmail =
                Recipient.email(Objects.requireNonNull(parent.contact().email(), "email"));
        DemandeNotifications notifications = DemandeNotifications.french(
                usager -> usager.equals(parent.id()) ? List.of(parentEmail) : List.of(),
                demande -> "https://demarches.maurepas.example/suivi/" + demande.reference());
        DemandeService demandes = DemandeService.create(catalogue, store, notifications, clock);
        FolderNotifier mailbox = new FolderNotifier(context.file("courriels"));
        OutboxRelay relay = OutboxRelay.builder(outbox, clock).notifier(mailbox).build();
        Actor usager = Actor.usager(parent.id());

        // The justificatif de domicile is already in the dossier: it is reused. The quotient familial
        // attestation is uploaded once for the family.
        Versioned<DossierUsager> dossier = dossiers.find(foyer.id()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        PieceJustificative domicile = dossier.value()
                .reusable(PieceType.JUSTIFICATIF_DOMICILE, today)
                .orElseThrow(() -> new IllegalStateException("the dossier has no valid justificatif de domicile"));
        PieceJustificative quotient = upload(
                PieceType.ATTESTATION_QUOTIENT_FAMILIAL, "attestation-caf.pdf", "Attestation de quotient familial");
        dossier = dossiers.update(dossier.value().withPiece(quotient), dossier.version());
        context.say("justificatif de domicile reused from the dossier; attestation de quotient familial uploaded");

        // Léa: danse, tarif au quotient. Her certificate is not there yet.
        DraftRequest forLea = DraftRequest.forFoyerMember(
                        TELESERVICE, parent.id(), foyer, lea.id(), usager, Channel.INTERNET)
                .withAnswers(Map.of("discipline", "danse", "tarif", "quotient"))
                .withPieces(List.of(supplied(domicile), supplied(quotient)));
        Deposit leaDeposit =
                demandes.deposit(demandes.createDraft(forLea).value().id(), usager, Channel.INTERNET);
        // Hugo: piano, plein tarif: the justificatif de domicile is enough.
        DraftRequest forHugo = DraftRequest.forFoyerMember(
                        TELESERVICE, parent.id(), foyer, hugo.id(), usager, Channel.INTERNET)
                .withAnswers(Map.of("discipline", "piano", "tarif", "plein"))
                .withPieces(List.of(supplied(domicile)));
        Deposit hugoDeposit =
                demandes.deposit(demandes.createDraft(forHugo).value().id(), usager, Channel.INTERNET);
        DemandeId leaId = leaDeposit.demande().value().id();
        DemandeId hugoId = hugoDeposit.demande().value().id();
        for (Deposit deposit : List.of(leaDeposit, hugoDeposit)) {
            writeAccuseReception(deposit.accuseReception());
            context.say("deposited " + deposit.demande().value().reference() + ": "
                    + deposit.demande().value().state() + missing(deposit.accuseReception()));
        }
        relay.deliverDue(100);

        clock.advance(Duration.ofDays(1));
        demandes.startInstruction(hugoId, AGENT, Channel.GUICHET);

        clock.advance(Duration.ofDays(1));
        PieceType certificatType = inscription.requiredPieces(lea.kind(), forLea.answers()).stream()
                .filter(type -> type.code().equals("CERTIFICAT_MEDICAL_DANSE"))
                .findFirst()
                .orElseThrow();
        PieceJustificative certificat = upload(certificatType, "certificat-medical.pdf", "Certificat médical");
        dossier = dossiers.update(dossier.value().withPiece(certificat), dossier.version());
        Versioned<Demande> leaComplete =
                demandes.receivePieces(leaId, usager, Channel.INTERNET, List.of(supplied(certificat)));
        context.say("certificate received: " + leaComplete.value().reference() + " is "
                + leaComplete.value().state());

        clock.advance(Duration.ofDays(1));
        demandes.accept(hugoId, AGENT, Channel.GUICHET, "Inscription en piano, premier cycle");
        demandes.startInstruction(leaId, AGENT, Channel.GUICHET);

        clock.advance(Duration.ofDays(5));
        demandes.accept(leaId, AGENT, Channel.GUICHET, "Inscription en danse, éveil");
        int delivered = relay.deliverDue(100);

        // The dossier remembers which demandes used each pièce.
        DossierUsager used = dossier.value()
                .markUsed(domicile.id(), leaId)
                .markUsed(domicile.id(), hugoId)
                .markUsed(quotient.id(), leaId)
                .markUsed(certificat.id(), leaId);
        dossiers.update(used, dossier.version());

        LocalDate reportDay = LocalDate.now(clock);
        ServiceLevel level = demandes.serviceLevel(TELESERVICE, today, reportDay.plusDays(1));
        JournalVerification verification = journal.verify();
        if (!verification.isValid()) {
            throw new IllegalStateException("the traceability journal does not verify: " + verification.failure());
        }
        writeJournal(journal, List.of(leaId, hugoId));

        String report = report(level, verification, mailbox.written().size(), delivered, demandes, leaId, hugoId);
        context.writeReport("niveau-de-service.txt", report);
        report.lines().forEach(context::say);
    }

    private PieceJustificative upload(PieceType type, String fileName, String text) throws IOException {
        byte[] content = (text + " (document de démonstration)").getBytes(StandardCharsets.UTF_8);
        BlobRef ref = blobs.put(new ByteArrayInputStream(content));
        return PieceJustificative.supplied(
                clock,
                type,
                ref,
                fileName,
                "application/pdf",
                LocalDate.now(clock).minusDays(2),
                null);
    }

    private static SuppliedPiece supplied(PieceJustificative piece) {
        return new SuppliedPiece(piece.id(), piece.type());
    }

    private static String missing(AccuseReception ar) {
        if (ar.missingPieces().isEmpty()) {
            return ", complete";
        }
        List<String> names = new ArrayList<>();
        ar.missingPieces().forEach(type -> names.add(type.libelle()));
        LocalDate dueBy = ar.piecesDueBy();
        return ", missing: " + String.join(", ", names) + (dueBy == null ? "" : " (due by " + dueBy + ")");
    }

    /** The accusé de réception as data, for the documents module to render. */
    private void writeAccuseReception(AccuseReception ar) throws IOException {
        ObjectMapper json = EAdminJson.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path file = context.file("accuse-reception-" + ar.reference() + ".json");
        Files.writeString(file, json.writeValueAsString(ar) + "\n");
        context.index().add("maurepas", ArtifactKind.REPORT, file);
    }

    /** The journal extract of each demande: position, hash, time, actor and action, ids only. */
    private void writeJournal(JdbcJournal journal, List<DemandeId> ids) throws IOException {
        StringBuilder text = new StringBuilder();
        for (DemandeId id : ids) {
            for (JournalEntry entry : journal.about(DemandeStore.AGGREGATE_TYPE, id.toString())) {
                text.append(entry.position())
                        .append(' ')
                        .append(entry.hash())
                        .append(' ')
                        .append(entry.event().at())
                        .append(' ')
                        .append(entry.event().actor().reference())
                        .append(' ')
                        .append(entry.event().action())
                        .append(' ')
                        .append(entry.event().subjectId())
                        .append('\n');
            }
        }
        Path file = context.file("journal-conservatoire.txt");
        Files.writeString(file, text.toString());
        context.index().add("maurepas", ArtifactKind.JOURNAL, file);
    }

    private String report(
            ServiceLevel level,
            JournalVerification verification,
            int mails,
            int deliveredAtEnd,
            DemandeService demandes,
            DemandeId... ids) {
        StringBuilder text = new StringBuilder();
        text.append("Inscription au conservatoire, demandes reçues du ")
                .append(FrenchFormats.longDate(level.from()))
                .append(" au ")
                .append(FrenchFormats.longDate(level.to().minusDays(1)))
                .append('\n');
        for (DemandeId id : ids) {
            Demande demande = demandes.find(id).orElseThrow().value();
            text.append("  ")
                    .append(demande.reference())
                    .append(": ")
                    .append(demande.state())
                    .append(", ")
                    .append(demande.history().size())
                    .append(" étapes\n");
        }
        text.append(String.format(
                Locale.FRANCE,
                "  %d reçues, %d décidées, médiane %d jours ouvrés, 90e centile %d jours ouvrés%n",
                level.received(),
                level.decided(),
                level.percentileBusinessDays(50),
                level.percentileBusinessDays(90)));
        text.append(String.format(
                Locale.FRANCE,
                "  %.0f %% traitées en moins de 6 jours ouvrés, %.0f %% dans le délai annoncé, %d en retard%n",
                100 * level.shareDecidedWithinBusinessDays(6),
                100 * level.shareDecidedWithinDelay(),
                level.late().size()));
        text.append("  ")
                .append(mails)
                .append(" courriels envoyés (")
                .append(deliveredAtEnd)
                .append(" au dernier passage du relais)\n");
        text.append("  Journal de traçabilité vérifié: ")
                .append(verification.entriesChecked())
                .append(" entrées, chaîne intacte\n");
        return text.toString();
    }
}
