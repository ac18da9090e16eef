package fr.eadmin.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.archive.journal.ExtractVerification;
import fr.eadmin.archive.journal.JournalExtract;
import fr.eadmin.archive.journal.JournalExtracts;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeAction;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeNotifications;
import fr.eadmin.core.demande.ServiceLevel;
import fr.eadmin.core.demande.Step;
import fr.eadmin.core.demande.SuppliedPiece;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.notification.MessageTemplates;
import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.UsagerId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maurepas, what the usager and the town see afterwards: the suivi of each demande as the usager's space shows
 * it (its steps with their dates, the emails sent), the service level of every service against the goal of 6
 * working days, and the traceability journal of the demandes, sealed by the town's timestamping unit and
 * exported as a journal file that anyone can verify.
 */
final class MaurepasSuivi {
    /** The goal the town committed to: every demande decided in at most this many working days. */
    static final int GOAL_BUSINESS_DAYS = 6;

    private static final Set<String> RECEIPTS =
            Set.of(DemandeNotifications.DEMANDE_RECUE, MessageTemplates.ACCUSE_RECEPTION);

    private final MaurepasGuichet guichet;
    private final Map<UsagerId, Individu> people;

    MaurepasSuivi(MaurepasGuichet guichet, List<Individu> people) {
        this.guichet = guichet;
        this.people = new HashMap<>();
        people.forEach(individu -> this.people.put(individu.id(), individu));
    }

    /** Writes {@code suivi.json}: each demande, its pièces, its steps with dates and the emails sent. */
    void writeSuivi(List<DemandeId> ids) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("demandes");
        List<Notification> mails = guichet.mailbox.sent();
        for (DemandeId id : ids) {
            Demande demande = guichet.demandes.find(id).orElseThrow().value();
            Teleservice teleservice = guichet.catalogue.get(demande.teleservice());
            ObjectNode node = list.addObject();
            node.put("reference", demande.reference().toString());
            node.put("teleservice", teleservice.code());
            node.put("titre", teleservice.title());
            node.put("service", teleservice.organisation().contact().designation());
            node.put("pour", prenom(demande.beneficiary()));
            node.put("etat", demande.state().name());
            ArrayNode required = node.putArray("piecesDemandees");
            for (PieceType type : teleservice.requiredPieces(demande.beneficiaryKind(), demande.answers())) {
                required.add(type.code());
            }
            ArrayNode supplied = node.putArray("piecesFournies");
            for (SuppliedPiece piece : demande.pieces()) {
                supplied.add(piece.type().code());
            }
            ArrayNode steps = node.putArray("etapes");
            for (Step step : demande.history()) {
                ObjectNode s = steps.addObject();
                s.put(
                        "le",
                        LocalDateTime.ofInstant(step.at(), guichet.clock.getZone())
                                .withNano(0)
                                .toString());
                s.put("etape", libelle(step.action()));
                s.put("etat", step.to().name());
                if (step.reason() != null) {
                    s.put("motif", step.reason());
                }
            }
            ArrayNode sent = node.putArray("courriels");
            // The emails of the demande in the order of its steps: by time, the receipt first.
            List<Notification> own = mails.stream()
                    .filter(mail -> id.equals(mail.demande()))
                    .sorted(Comparator.comparing(Notification::createdAt)
                            .thenComparing(mail -> !RECEIPTS.contains(mail.templateCode())))
                    .toList();
            for (Notification mail : own) {
                ObjectNode m = sent.addObject();
                m.put("le", FrenchFormats.dateTime(mail.createdAt()));
                m.put("objet", mail.subject());
            }
            guichet.context.say(
                    demande.reference() + " " + teleservice.title() + " pour " + prenom(demande.beneficiary())
                            + ": " + demande.state() + ", " + demande.history().size() + " étapes, " + sent.size()
                            + " courriels");
        }
        Path file = guichet.context.file("suivi.json");
        Files.writeString(file, json.writeValueAsString(root) + "\n");
        guichet.context.record(ArtifactKind.REPORT, file);
    }

    /**
     * Writes {@code niveau-de-service.txt}: each service's level over the demandes received from {@code from},
     * then the town's over all of them.
     *
     * @return the town's level
     */
    ServiceLevel writeServiceLevel(List<String> teleservices, LocalDate from) throws IOException {
        LocalDate to = guichet.today().plusDays(1);
        List<ServiceLevel> levels = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        text.append("Niveau de service, demandes reçues du ")
                .append(FrenchFormats.longDate(from))
                .append(" au ")
                .append(FrenchFormats.longDate(to.minusDays(1)))
                .append(", objectif ")
                .append(GOAL_BUSINESS_DAYS)
                .append(" jours ouvrés\n");
        for (String code : teleservices) {
            ServiceLevel level = guichet.demandes.serviceLevel(code, from, to);
            levels.add(level);
            text.append("  ").append(guichet.catalogue.get(code).title()).append(": ");
            line(text, level);
        }
        ServiceLevel town = ServiceLevel.combine("mairie-maurepas", levels);
        text.append("Tous services: ");
        line(text, town);
        text.append(String.format(
                Locale.FRANCE,
                "%.0f %% traitées en moins de %d jours ouvrés, médiane %d jours ouvrés, 90e centile %d jours ouvrés%n",
                100 * town.shareDecidedWithinBusinessDays(GOAL_BUSINESS_DAYS),
                GOAL_BUSINESS_DAYS,
                town.percentileBusinessDays(50),
                town.percentileBusinessDays(90)));
        text.append(guichet.mailbox.written().size()).append(" courriels envoyés\n");
        guichet.context.writeReport("niveau-de-service.txt", text.toString());
        text.toString().lines().forEach(guichet.context::say);
        return town;
    }

    private static void line(StringBuilder text, ServiceLevel level) {
        text.append(String.format(
                Locale.FRANCE,
                "%d reçue(s), %d décidée(s), %.0f %% en moins de %d jours ouvrés, %d en attente hors délai%n",
                level.received(),
                level.decided(),
                100 * level.shareDecidedWithinBusinessDays(GOAL_BUSINESS_DAYS),
                GOAL_BUSINESS_DAYS,
                level.late().size()));
    }

    /**
     * Seals the journal with the town's timestamping unit and exports it, up to the seal, as {@code
     * journal-maurepas.jsonl}; the file must verify, seal included, before it is published.
     *
     * @return the outcome of verifying the file written
     */
    ExtractVerification writeJournal(TownTrust trust, List<DemandeId> ids) throws IOException {
        JournalSeal seal = guichet.journal.seal(trust.timestamper());
        List<JournalEntry> entries = new ArrayList<>();
        long next = 1;
        while (next <= seal.position()) {
            List<JournalEntry> page = guichet.journal.read(next, 500);
            if (page.isEmpty()) {
                break;
            }
            for (JournalEntry entry : page) {
                if (entry.position() <= seal.position()) {
                    entries.add(entry);
                }
            }
            next = page.get(page.size() - 1).position() + 1;
        }
        Path file = guichet.context.file("journal-maurepas.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            JournalExtracts.write(JournalExtract.full(entries, List.of(seal)), out);
        }
        ExtractVerification verification;
        try (InputStream in = Files.newInputStream(file)) {
            verification = JournalExtracts.verify(in, trust.timestamper());
        }
        if (!verification.isValid() || verification.sealsChecked() != 1) {
            throw new IllegalStateException("the journal file does not verify: " + verification.problems());
        }
        long about = entries.stream()
                .filter(entry -> ids.stream()
                        .anyMatch(id -> id.toString().equals(entry.event().subjectId())))
                .count();
        guichet.context.record(ArtifactKind.JOURNAL, file);
        guichet.context.say("journal exported: " + verification.entriesChecked() + " entries (" + about
                + " about the " + ids.size() + " demandes), sealed at position " + seal.position()
                + ", verified");
        return verification;
    }

    private String prenom(UsagerId id) {
        Individu individu = people.get(id);
        return individu == null ? id.toString() : individu.prenoms().get(0);
    }

    private static String libelle(DemandeAction action) {
        return switch (action) {
            case CREATE -> "Demande commencée";
            case UPDATE_DRAFT -> "Brouillon modifié";
            case DEPOSIT -> "Demande déposée, accusé de réception envoyé";
            case START_INSTRUCTION -> "Demande en cours d'instruction";
            case REQUEST_PIECES -> "Pièces demandées";
            case RECEIVE_PIECES -> "Pièces reçues";
            case ACCEPT -> "Demande acceptée";
            case REFUSE -> "Demande refusée";
            case CLASSER_SANS_SUITE -> "Demande classée sans suite";
            case REOPEN -> "Demande rouverte";
            case IMPLICIT_ACCEPTANCE -> "Acceptation implicite";
            case IMPLICIT_REJECTION -> "Rejet implicite";
            case FLAG_LATE -> "Délai dépassé";
        };
    }
}
