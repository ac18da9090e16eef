package fr.eadmin.examples;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.demande.DemandeNotifications;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.Deposit;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.demande.SuppliedPiece;
import fr.eadmin.core.dossier.PieceId;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.memory.InMemoryDemandeStore;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.memory.InMemoryOutbox;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.TownIdentity;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.pades.PadesParameters;
import fr.eadmin.identity.pades.PadesSigner;
import fr.eadmin.identity.pki.AuthoritySettings;
import fr.eadmin.identity.pki.CertificateAuthority;
import fr.eadmin.identity.pki.CertificateProfile;
import fr.eadmin.identity.pki.InMemoryCertificateRegistry;
import fr.eadmin.identity.pki.KeyAlgorithm;
import fr.eadmin.identity.seal.CompactSealer;
import fr.eadmin.identity.validation.BaselineLevel;
import fr.eadmin.identity.validation.SignatureValidator;
import fr.eadmin.identity.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/**
 * The README's five-minute example: a demande deposited by a usager gets its accusé de réception, rendered as
 * a PDF/A with a verifiable QR seal, sealed with the town's electronic seal (PAdES), and verified as a
 * third party would, knowing only the town's root certificate. Everything in memory, in one method.
 */
public final class DepositToSealedReceipt {
    private DepositToSealedReceipt() {}

    /**
     * Runs the example and writes the sealed accusé de réception.
     *
     * @param args the output folder, optionally (default {@code target})
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target");
        run(Clock.system(Main.PARIS), Files.createDirectories(folder), System.out);
    }

    /**
     * Runs the example.
     *
     * @param clock the clock
     * @param folder where {@code accuse-reception.pdf} is written
     * @param out where progress is printed
     * @return the validation report of the sealed PDF
     * @throws IOException if the file cannot be written
     */
    static ValidationReport run(Clock clock, Path folder, PrintStream out) throws IOException {
        TeleserviceCatalogue catalogue = Resources.catalogue("maurepas-catalogue.json");
        Individu usager = Individu.builder()
                .nomNaissance("Martin")
                .prenoms("Claire")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(1984, 5, 2))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"))
                .build(clock);

        // @start region="deposit"
        InMemoryJournal journal = InMemoryJournal.create(); // JdbcJournal, JdbcOutbox, JdbcDemandeStore in production
        InMemoryOutbox outbox = InMemoryOutbox.create(clock);
        DemandeService demandes = DemandeService.create(
                catalogue, InMemoryDemandeStore.create(journal, outbox), DemandeNotifications.none(), clock);

        Actor claire = Actor.usager(usager.id());
        DraftRequest request = DraftRequest.forSelf("inscription-conservatoire", usager, claire, Channel.INTERNET)
                .withAnswers(Map.of("discipline", "piano", "tarif", "plein"))
                .withPieces(List.of(new SuppliedPiece(PieceId.generate(clock), PieceType.JUSTIFICATIF_DOMICILE)));
        Deposit deposit = demandes.deposit(demandes.createDraft(request).value().id(), claire, Channel.INTERNET);
        AccuseReception ar = deposit.accuseReception(); // service, date, delay, silence rule, missing pièces
        // @end
        out.println("deposited " + ar.reference() + ", accusé de réception of " + ar.receivedAt());

        // @start region="seal"
        CertificateAuthority root = CertificateAuthority.createRoot( // or load a qualified seal from PKCS#12 / HSM
                AuthoritySettings.of(
                        new X500Principal("CN=Ville de Maurepas - AC racine, O=Ville de Maurepas, C=FR"),
                        KeyAlgorithm.EC_P256,
                        Duration.ofDays(20 * 365)),
                new InMemoryCertificateRegistry(),
                clock);
        SigningCredential seal = root.issueWithNewKey(
                new X500Principal("CN=Cachet Ville de Maurepas, O=Ville de Maurepas, C=FR"),
                CertificateProfile.ELECTRONIC_SEAL,
                KeyAlgorithm.EC_P256,
                Duration.ofDays(3 * 365));

        TownIdentity town = TownIdentity.of(
                "Mairie de Maurepas", List.of("2 place d'Haversham", "78310 Maurepas"), "contact@maurepas.example");
        DocumentRenderer renderer = DocumentRenderer.create(town, clock, CompactSealer.create(seal));
        byte[] pdf = renderer.accuseReception(ar).pdf(); // PDF/A-3b, facts embedded as JSON, QR seal printed
        byte[] sealed = PadesSigner.create(seal, clock).sign(pdf, PadesParameters.level(BaselineLevel.B_B));
        Files.write(folder.resolve("accuse-reception.pdf"), sealed);

        ValidationReport report = SignatureValidator.create(List.of(root.certificate()), clock) // a third party
                .withCrls(List.of(root.publishCrl(Duration.ofDays(7)))) // the CRL the town publishes
                .validatePdf(sealed);
        out.println(report.indication()); // TOTAL_PASSED; one changed byte and it is TOTAL_FAILED
        // @end
        return report;
    }
}
