package fr.eadmin.examples;

import fr.eadmin.archive.seda.Agency;
import fr.eadmin.archive.seda.AppraisalRule;
import fr.eadmin.archive.seda.ContentSource;
import fr.eadmin.archive.seda.FinalAction;
import fr.eadmin.archive.seda.SedaSchema;
import fr.eadmin.archive.seda.SipBuilder;
import fr.eadmin.archive.seda.SipChecker;
import fr.eadmin.archive.seda.SipDocument;
import fr.eadmin.archive.seda.SipDossier;
import fr.eadmin.archive.seda.SipHeader;
import fr.eadmin.archive.seda.SipProblem;
import fr.eadmin.archive.seda.SipReport;
import fr.eadmin.archive.seda.SipResult;
import fr.eadmin.archive.store.FileSystemArchiveStore;
import fr.eadmin.archive.store.StoredFile;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeDelay;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.spi.Journal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lyon, archiving a closed réclamation: once answered, its dossier (the accusé de réception, the answer and the
 * demande's journal extract with the seal covering it) is packaged as a SEDA 2.2 transfer (SIP), checked, and
 * stored write-once in the archive store of the Archives municipales.
 */
final class LyonArchivage {
    private static final SipHeaderTemplate HEADER = new SipHeaderTemplate(
            "CONV-LYON-RECLAMATIONS-2026", "FRAM069123", "21690123100011", "VILLE-LYON-DRU", "VILLE-LYON-DSI");

    /** Who sends what to whom under which agreement; only the message identifier changes per transfer. */
    private record SipHeaderTemplate(
            String agreement, String archives, String transferring, String originating, String submission) {
        SipHeader forMessage(String messageIdentifier) {
            return new SipHeader(
                    messageIdentifier,
                    agreement,
                    Agency.of(archives),
                    Agency.of(transferring),
                    originating,
                    submission);
        }
    }

    /**
     * A transfer done.
     *
     * @param messageIdentifier the transfer's identifier
     * @param sip the package, as stored in the archive store
     * @param report the check of the package
     * @param stored what the archive store recorded
     */
    record Transfer(String messageIdentifier, Path sip, SipReport report, StoredFile stored) {}

    private final ScenarioContext context;
    private final Clock clock;
    private final @Nullable Path sedaSchemas;

    /**
     * @param sedaSchemas the folder of the official SEDA 2.2 schemas, or null to check the package without them
     */
    LyonArchivage(ScenarioContext context, Clock clock, @Nullable Path sedaSchemas) {
        this.context = context;
        this.clock = clock;
        this.sedaSchemas = sedaSchemas;
    }

    /**
     * Transfers a closed réclamation's dossier to the archives.
     *
     * @param demande the closed demande
     * @param accuseReception its accusé de réception (PDF)
     * @param answer the answer letter
     * @param journal the traceability journal
     * @param seal the seal covering the demande's last entry
     * @return the transfer
     */
    Transfer transfer(Demande demande, Path accuseReception, Path answer, Journal journal, JournalSeal seal)
            throws IOException {
        if (!demande.state().isDecision()) {
            throw new IllegalStateException("only a closed demande is archived");
        }
        DemandeDelay delay = Objects.requireNonNull(demande.delay());
        LocalDate closedOn = Objects.requireNonNull(delay.processing()).decidedOn();
        List<JournalEntry> entries =
                journal.about(DemandeStore.AGGREGATE_TYPE, demande.id().toString());
        SipDossier dossier = SipDossier.of(
                        demande.reference().toString(),
                        "Réclamation " + demande.reference(),
                        delay.receivedOn(),
                        closedOn,
                        // Réclamations are kept 5 years after their closure, then destroyed.
                        new AppraisalRule("APP-5Y", closedOn, FinalAction.DESTROY),
                        List.of(
                                new SipDocument(
                                        "Accusé de réception",
                                        accuseReception.getFileName().toString(),
                                        ContentSource.of(accuseReception)),
                                new SipDocument(
                                        "Réponse à la réclamation",
                                        answer.getFileName().toString(),
                                        ContentSource.of(answer))))
                .withDescription("Réclamation reçue par " + LyonDossierUsager.channel(demande.channel()) + ", "
                        + "répondue le " + closedOn)
                .withJournal(entries, List.of(seal));
        String messageIdentifier = "SIP-LYON-" + demande.reference();
        Path built = context.privateFolder("lyon-versements").resolve(messageIdentifier + ".zip");
        Files.deleteIfExists(built);
        SipResult result =
                SipBuilder.create(clock).writeTo(HEADER.forMessage(messageIdentifier), List.of(dossier), built);

        SipChecker checker =
                sedaSchemas == null ? SipChecker.withoutSchema() : SipChecker.withSchema(SedaSchema.load(sedaSchemas));
        SipReport report = checker.check(built);
        if (!report.isValid()) {
            throw new IllegalStateException("the transfer package does not pass the check: " + report.problems());
        }

        FileSystemArchiveStore archives = FileSystemArchiveStore.open(context.file("archives"));
        StoredFile stored;
        try (InputStream in = Files.newInputStream(built)) {
            stored = archives.storeSip(result.messageIdentifier(), in);
        }
        Path sip = context.file("archives").resolve(stored.path());
        context.record(ArtifactKind.SIP, sip);

        StringBuilder text = new StringBuilder();
        text.append("Versement ")
                .append(messageIdentifier)
                .append(" aux Archives municipales de Lyon (SEDA 2.2)\n")
                .append("  dossier: réclamation ")
                .append(demande.reference())
                .append(", close le ")
                .append(closedOn)
                .append(", DUA 5 ans puis élimination\n")
                .append("  ")
                .append(result.objects().size())
                .append(" objets: accusé de réception, réponse, extrait du journal (")
                .append(entries.size())
                .append(" entrées, scellé en position ")
                .append(seal.position())
                .append(")\n")
                .append("  contrôle du paquet: ")
                .append(report.isValid() ? "conforme" : "NON CONFORME")
                .append(", ")
                .append(report.dataObjects())
                .append(" objets décrits, ")
                .append(report.schemaChecked() ? "manifeste validé par le schéma SEDA 2.2" : "schéma SEDA non fourni")
                .append('\n');
        for (SipProblem problem : report.problems()) {
            text.append("  problème: ").append(problem).append('\n');
        }
        text.append("  stocké: ")
                .append(stored.path())
                .append(", SHA-512 ")
                .append(stored.sha512())
                .append('\n');
        context.writeReport("versement-" + demande.reference() + ".txt", text.toString());
        return new Transfer(messageIdentifier, sip, report, stored);
    }
}
