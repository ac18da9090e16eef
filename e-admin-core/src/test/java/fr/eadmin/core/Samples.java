package fr.eadmin.core;

import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.usager.Adresse;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Contact;
import fr.eadmin.core.usager.Entreprise;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.QuotientFamilial;
import fr.eadmin.core.usager.Representant;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.core.usager.SourceQuotientFamilial;
import fr.eadmin.core.usager.UsagerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/** Realistic values shared by the tests of core. */
public final class Samples {
    /** 14 March 2026, 10:00 in Paris. */
    public static final Instant NOW = Instant.parse("2026-03-14T09:00:00Z");

    /** A clock fixed at {@link #NOW}. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));

    /** The date of {@link #NOW} in Paris. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    private Samples() {}

    public static Adresse adresseLyon() {
        return Adresse.builder()
                .numero(12)
                .indiceRepetition("bis")
                .voie("rue des Lilas")
                .pointDeRemise("Appartement 12, escalier B")
                .codePostal("69003")
                .commune("Lyon")
                .codeInsee(CodeInsee.parse("69383"))
                .build();
    }

    public static Individu claire() {
        return Individu.builder()
                .nomNaissance("Dupont")
                .prenoms("Claire", "Marie")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(1985, 3, 14))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"))
                .contact(new Contact(
                        Email.parse("claire.dupont@example.fr"), Telephone.parse("06 12 34 56 78"), adresseLyon()))
                .build(CLOCK);
    }

    public static Individu karim() {
        return Individu.builder()
                .nomNaissance("Benali")
                .prenoms("Karim")
                .sexe(Sexe.MASCULIN)
                .dateNaissance(LocalDate.of(1982, 11, 2))
                .lieuNaissance(new LieuNaissance.AEtranger("99350", "Maroc", "Casablanca"))
                .build(CLOCK);
    }

    public static Foyer foyer(UsagerId parent, UsagerId conjoint, UsagerId enfant) {
        return new Foyer(
                UsagerId.generate(CLOCK),
                "Famille Dupont-Benali",
                List.of(
                        new MembreFoyer(parent, RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(conjoint, RoleFoyer.CONJOINT),
                        new MembreFoyer(enfant, RoleFoyer.ENFANT)),
                new QuotientFamilial(85_050, Year.of(2026), SourceQuotientFamilial.CAF),
                adresseLyon());
    }

    public static Entreprise boulangerie() {
        return new Entreprise(
                UsagerId.generate(CLOCK),
                Siret.parse("732 829 320 00074"),
                "Boulangerie du Marché SARL",
                List.of(Representant.personne("Martin", List.of("Paul"), "gérant")),
                Adresse.builder()
                        .numero(3)
                        .voie("place du Marché")
                        .codePostal("69003")
                        .commune("Lyon")
                        .build(),
                Contact.NONE);
    }

    public static Association club() {
        return new Association(
                UsagerId.generate(CLOCK),
                Rna.parse("W751012345"),
                Siren.parse("732829320"),
                "Club de tennis de la Croix-Rousse",
                List.of(Representant.personne("Lefèvre", List.of("Anne"), "présidente")),
                null,
                new Contact(Email.parse("contact@tennis-croix-rousse.example.org"), null, null));
    }

    public static BlobRef blob(int seed) {
        return new BlobRef(String.format("%064x", seed), 1000L + seed);
    }

    public static PieceJustificative piece(PieceType type, LocalDate documentDate, LocalDate expiryDate) {
        return PieceJustificative.supplied(
                CLOCK,
                type,
                blob(documentDate.getDayOfYear()),
                "piece.pdf",
                "application/pdf",
                documentDate,
                expiryDate);
    }

    public static PieceJustificative facture(LocalDate documentDate) {
        return PieceJustificative.supplied(
                CLOCK,
                PieceType.JUSTIFICATIF_DOMICILE,
                blob(documentDate.getDayOfYear()),
                "facture-edf.pdf",
                "application/pdf",
                documentDate,
                null);
    }

    public static DossierUsager dossier(UsagerId usager) {
        return DossierUsager.empty(usager)
                .withPiece(facture(LocalDate.of(2026, 2, 1)))
                .withPiece(piece(PieceType.PIECE_IDENTITE, LocalDate.of(2020, 6, 1), LocalDate.of(2035, 5, 31)))
                .withPiece(PieceJustificative.supplied(
                        CLOCK,
                        PieceType.LIVRET_DE_FAMILLE,
                        blob(7),
                        "livret.jpg",
                        "image/jpeg",
                        LocalDate.of(2012, 7, 14),
                        null));
    }
}
