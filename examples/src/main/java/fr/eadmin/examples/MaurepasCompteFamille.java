package fr.eadmin.examples;

import fr.eadmin.core.blob.FileSystemBlobStore;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.jdbc.JdbcDossierStore;
import fr.eadmin.core.jdbc.JdbcUsagerStore;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.Adresse;
import fr.eadmin.core.usager.Contact;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.QuotientFamilial;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.core.usager.SourceQuotientFamilial;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Locale;

/**
 * Maurepas, the compte famille: a parent opens the family's account, with the other parent and two
 * children, gives the family's quotient familial and a justificatif de domicile; the town's portal stores
 * it (H2 here, PostgreSQL in production), reloads it on a later visit, and shows a readable summary. The
 * family's démarches follow ({@link MaurepasInscriptions}), with their suivi, the service level and the sealed
 * journal ({@link MaurepasSuivi}), and tickets bought at the billetterie ({@link MaurepasBilletterie}).
 */
final class MaurepasCompteFamille implements Scenario {
    /** Protects the town's key stores in this demonstration. */
    static final String TRUST_PASSWORD = "maurepas-demonstration";

    @Override
    public String name() {
        return "maurepas";
    }

    @Override
    public String description() {
        return "compte famille; démarches in four services with their own pièces, accusés de réception in PDF/A, "
                + "pièces requested then received, suivi, service level, billetterie paid online, sealed journal";
    }

    @Override
    public void run(ScenarioContext context) throws Exception {
        Clock clock = context.clock();
        UsagerStore usagers = JdbcUsagerStore.create(context.dataSource(), clock);
        DossierStore dossiers = JdbcDossierStore.create(context.dataSource(), clock);
        BlobStore blobs = FileSystemBlobStore.open(context.blobFolder());

        // The parent who opens the account, with the family's address in Maurepas.
        Adresse domicile = Adresse.builder()
                .numero(12)
                .indiceRepetition("bis")
                .voie("rue de la Mairie")
                .codePostal("78310")
                .commune("Maurepas")
                .codeInsee(CodeInsee.parse("78383"))
                .build();
        Individu claire = Individu.builder()
                .nomNaissance("Lefèvre")
                .nomUsage("Martin")
                .prenoms("Claire", "Anne")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(1984, 5, 2))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"))
                .contact(new Contact(
                        Email.parse("claire.martin@example.fr"), Telephone.parse("06 12 34 56 78"), domicile))
                .build(clock);
        Individu thomas = Individu.builder()
                .nomNaissance("Martin")
                .prenoms("Thomas")
                .sexe(Sexe.MASCULIN)
                .dateNaissance(LocalDate.of(1982, 11, 19))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("78646"), "Versailles"))
                .contact(Contact.NONE.withAdresse(domicile))
                .build(clock);
        Individu lea = child("Léa", Sexe.FEMININ, LocalDate.of(2015, 9, 3), clock);
        Individu hugo = child("Hugo", Sexe.MASCULIN, LocalDate.of(2018, 2, 27), clock);
        for (Individu individu : List.of(claire, thomas, lea, hugo)) {
            usagers.create(individu);
        }

        Foyer foyer = new Foyer(
                UsagerId.generate(clock),
                "Famille Martin",
                List.of(
                        new MembreFoyer(claire.id(), RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(thomas.id(), RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(lea.id(), RoleFoyer.ENFANT),
                        new MembreFoyer(hugo.id(), RoleFoyer.ENFANT)),
                new QuotientFamilial(84_500, Year.of(2026), SourceQuotientFamilial.CAF),
                domicile);
        usagers.create(foyer);
        context.say("foyer " + foyer.id() + " created with " + foyer.membres().size() + " members");

        // The justificatif de domicile goes to the blob store once; the dossier remembers it.
        byte[] facture =
                "Facture d'électricité, octobre 2026 (document de démonstration)".getBytes(StandardCharsets.UTF_8);
        BlobRef content = blobs.put(new ByteArrayInputStream(facture));
        LocalDate today = LocalDate.now(clock);
        PieceJustificative justificatif = PieceJustificative.supplied(
                clock,
                PieceType.JUSTIFICATIF_DOMICILE,
                content,
                "facture-edf-octobre.pdf",
                "application/pdf",
                today.minusDays(20),
                null);
        dossiers.create(DossierUsager.empty(foyer.id()).withPiece(justificatif));

        // A later visit: fresh stores over the same database see the same family.
        UsagerStore reopened = JdbcUsagerStore.create(context.dataSource(), clock);
        Versioned<Usager> stored = reopened.find(foyer.id()).orElseThrow();
        Foyer reloaded = (Foyer) stored.value();
        if (!reloaded.equals(foyer)) {
            throw new IllegalStateException("the reloaded foyer differs from the stored one");
        }
        DossierUsager dossier = JdbcDossierStore.create(context.dataSource(), clock)
                .find(foyer.id())
                .orElseThrow()
                .value();

        String summary = summary(reloaded, reopened, dossier, today);
        context.writeReport("compte-famille.txt", summary);
        summary.lines().forEach(context::say);

        // The family's démarches, followed step by step, then the town's reports.
        MaurepasGuichet guichet = new MaurepasGuichet(context, blobs, claire);
        // The town's certification authority and timestamping unit (keys from the portal's secret store in
        // production).
        TownTrust trust = TownTrust.openOrCreate(
                context.privateFolder("pki-maurepas"),
                "Ville de Maurepas",
                TRUST_PASSWORD.toCharArray(),
                context.dataSource(),
                guichet.clock);
        LocalDate firstDay = guichet.today();
        MaurepasInscriptions.Demandes demandes =
                new MaurepasInscriptions(guichet, dossiers, reloaded).run(reloaded, claire, lea, hugo);
        MaurepasSuivi suivi = new MaurepasSuivi(guichet, List.of(claire, thomas, lea, hugo));
        suivi.writeSuivi(demandes.all());
        suivi.writeServiceLevel(
                List.of(
                        MaurepasInscriptions.ETAT_CIVIL,
                        MaurepasInscriptions.SCOLAIRE,
                        MaurepasInscriptions.JEUNESSE,
                        MaurepasInscriptions.CONSERVATOIRE),
                firstDay);
        new MaurepasBilletterie(context, guichet.clock).run("Mme Claire Martin");
        trust.publishTrustAnchor(context, "maurepas-ac-racine.pem");
        suivi.writeJournal(trust, demandes.all());
    }

    private static Individu child(String prenom, Sexe sexe, LocalDate naissance, Clock clock) {
        return Individu.builder()
                .nomNaissance("Martin")
                .prenoms(prenom)
                .sexe(sexe)
                .dateNaissance(naissance)
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("78646"), "Versailles"))
                .build(clock);
    }

    /** A summary an agent could read at the guichet. */
    static String summary(Foyer foyer, UsagerStore usagers, DossierUsager dossier, LocalDate today) {
        StringBuilder text = new StringBuilder();
        text.append(foyer.libelle()).append('\n');
        for (MembreFoyer membre : foyer.membres()) {
            Individu individu =
                    (Individu) usagers.find(membre.individu()).orElseThrow().value();
            int age = Period.between(individu.dateNaissance(), today).getYears();
            text.append("  ")
                    .append(String.format(Locale.FRANCE, "%-18s", libelle(membre.role())))
                    .append(String.join(" ", individu.prenoms()))
                    .append(' ')
                    .append(individu.nomUsuel())
                    .append(", ")
                    .append(age)
                    .append(" ans\n");
        }
        QuotientFamilial qf = foyer.quotientFamilial();
        if (qf != null) {
            text.append("  Quotient familial ")
                    .append(Money.euros(qf.montantCents()))
                    .append(" (")
                    .append(qf.annee())
                    .append(", ")
                    .append(qf.source())
                    .append(")\n");
        }
        Adresse adresse = foyer.adresse();
        if (adresse != null) {
            text.append("  Adresse postale:\n");
            adresse.lignesPostales(List.of(foyer.libelle().toUpperCase(Locale.FRENCH)))
                    .forEach(line -> text.append("    ").append(line).append('\n'));
        }
        text.append("  Pièces au dossier:\n");
        for (PieceJustificative piece : dossier.pieces()) {
            LocalDate validUntil = piece.validUntil();
            text.append("    ")
                    .append(piece.type().libelle())
                    .append(
                            validUntil == null
                                    ? ", valable sans limite"
                                    : ", valable jusqu'au " + FrenchFormats.date(validUntil))
                    .append(piece.isValidOn(today) ? " (réutilisable)" : " (expirée)")
                    .append('\n');
        }
        return text.toString();
    }

    private static String libelle(RoleFoyer role) {
        return switch (role) {
            case RESPONSABLE_LEGAL -> "Responsable légal";
            case CONJOINT -> "Conjoint";
            case ENFANT -> "Enfant";
            case AUTRE -> "Autre";
        };
    }
}
