package fr.eadmin.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.demande.DemandeNotifications;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.Deposit;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.demande.SuppliedPiece;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.jdbc.JdbcDemandeStore;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.jdbc.JdbcOutbox;
import fr.eadmin.core.json.EAdminJson;
import fr.eadmin.core.notification.OutboxRelay;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.TownIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maurepas's portal as the town wires it: the téléservice catalogue, the JDBC stores (a demande's change, its
 * journal entries and its notifications committed in one transaction), the outbox relay that sends the
 * emails, the blob store of the pièces, and the documents module that renders each accusé de réception.
 */
final class MaurepasGuichet {
    static final TownIdentity TOWN = TownIdentity.of(
            "Mairie de Maurepas", List.of("2 place d'Haversham", "78310 Maurepas"), "accueil@mairie-maurepas.example");

    final ScenarioContext context;
    final StoryClock clock;
    final TeleserviceCatalogue catalogue;
    final JdbcJournal journal;
    final DemandeService demandes;
    final FolderNotifier mailbox;
    final BlobStore blobs;

    private final OutboxRelay relay;
    private final DocumentRenderer renderer;
    private final ObjectMapper json = EAdminJson.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    MaurepasGuichet(ScenarioContext context, BlobStore blobs, Individu parent) throws IOException {
        this.context = context;
        this.blobs = blobs;
        this.clock = new StoryClock(context.clock().instant(), context.clock().getZone());
        this.catalogue = Resources.catalogue("maurepas-catalogue.json");
        this.journal = JdbcJournal.create(context.dataSource());
        JdbcOutbox outbox = JdbcOutbox.create(context.dataSource(), clock);
        DemandeStore store = JdbcDemandeStore.create(context.dataSource(), journal, outbox, clock);
        Recipient parentEmail =
                Recipient.email(Objects.requireNonNull(parent.contact().email(), "email"));
        DemandeNotifications notifications = DemandeNotifications.french(
                usager -> usager.equals(parent.id()) ? List.of(parentEmail) : List.of(),
                demande -> "https://demarches.maurepas.example/suivi/" + demande.reference());
        this.demandes = DemandeService.create(catalogue, store, notifications, clock);
        this.mailbox = new FolderNotifier(context.file("courriels"));
        this.relay = OutboxRelay.builder(outbox, clock).notifier(mailbox).build();
        this.renderer = DocumentRenderer.create(TOWN, clock);
    }

    /** Sends the emails the committed changes have queued; returns how many. */
    int sendMails() {
        return relay.deliverDue(100);
    }

    /** Moves the story on by whole days. */
    void days(int n) {
        clock.advance(Duration.ofDays(n));
    }

    /** {@return the story's current day} */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Uploads a pièce once: its content goes to the blob store, the returned pièce to the dossier.
     *
     * @param expiry the expiry date printed on the document, for the types valid until then
     */
    PieceJustificative upload(PieceType type, String fileName, String text, @Nullable LocalDate expiry)
            throws IOException {
        byte[] content = (text + " (document de démonstration)").getBytes(StandardCharsets.UTF_8);
        BlobRef ref = blobs.put(new ByteArrayInputStream(content));
        return PieceJustificative.supplied(clock, type, ref, fileName, "application/pdf", today().minusDays(2), expiry);
    }

    static List<SuppliedPiece> supplied(PieceJustificative... pieces) {
        List<SuppliedPiece> list = new ArrayList<>();
        for (PieceJustificative piece : pieces) {
            list.add(new SuppliedPiece(piece.id(), piece.type()));
        }
        return list;
    }

    /**
     * Creates and deposits a demande on the usager's behalf, then issues its accusé de réception: a PDF/A
     * rendered by the documents module, and its data as JSON for the portal.
     */
    Deposit deposit(DraftRequest draft, Actor usager) throws IOException {
        Deposit deposit = demandes.deposit(demandes.createDraft(draft).value().id(), usager, Channel.INTERNET);
        AccuseReception ar = deposit.accuseReception();
        Path pdf = context.file("accuse-reception-" + ar.reference() + ".pdf");
        Files.write(pdf, renderer.accuseReception(ar).pdf());
        context.record(ArtifactKind.PDF, pdf);
        Path data = context.file("accuse-reception-" + ar.reference() + ".json");
        Files.writeString(data, json.writeValueAsString(ar) + "\n");
        context.record(ArtifactKind.REPORT, data);
        context.say("deposited " + ar.reference() + " (" + ar.designation() + "): "
                + deposit.demande().value().state() + missing(ar));
        return deposit;
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
}
