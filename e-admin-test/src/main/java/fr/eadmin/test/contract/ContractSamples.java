package fr.eadmin.test.contract;

import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Contact;
import fr.eadmin.core.usager.Entreprise;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.Representant;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.core.usager.UsagerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Values for the store contracts. Each call gives fresh ids, SIRETs and RNA numbers, so that tests sharing
 * one database (one schema per test class) never collide.
 */
final class ContractSamples {
    /** 14 March 2026, 10:00 in Paris. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:00:00Z"), ZoneId.of("Europe/Paris"));

    /** A SIREN whose check digit is right; the NIC varies. */
    private static final String SIREN = "732829320";

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

    private ContractSamples() {}

    static UsagerId newId() {
        return UsagerId.generate(CLOCK);
    }

    static Individu individu(String nom) {
        return Individu.builder()
                .nomNaissance(nom)
                .prenoms("Claire", "Marie")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(1985, 3, 14))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"))
                .build(CLOCK);
    }

    static Foyer foyer(UsagerId responsableLegal, UsagerId... enfants) {
        List<MembreFoyer> membres = new ArrayList<>();
        membres.add(new MembreFoyer(responsableLegal, RoleFoyer.RESPONSABLE_LEGAL));
        for (UsagerId enfant : enfants) {
            membres.add(new MembreFoyer(enfant, RoleFoyer.ENFANT));
        }
        return new Foyer(newId(), "Famille Dupont", membres, null, null);
    }

    static Entreprise entreprise(Siret siret) {
        return new Entreprise(
                newId(),
                siret,
                "Boulangerie du Marché SARL",
                List.of(Representant.personne("Martin", List.of("Paul"), "gérant")),
                null,
                Contact.NONE);
    }

    static Entreprise entreprise() {
        return entreprise(newSiret());
    }

    static Association association(Rna rna) {
        return new Association(newId(), rna, null, "Club de tennis de la Croix-Rousse", List.of(), null, Contact.NONE);
    }

    static Association association() {
        return association(newRna());
    }

    /** A valid SIRET never given before in this JVM. */
    static Siret newSiret() {
        String payload = SIREN + String.format(Locale.ROOT, "%04d", SEQUENCE.getAndIncrement() % 10_000);
        for (int digit = 0; digit <= 9; digit++) {
            String candidate = payload + digit;
            if (luhn(candidate)) {
                return new Siret(candidate);
            }
        }
        throw new AssertionError("one of ten check digits satisfies Luhn");
    }

    /** A valid RNA number never given before in this JVM. */
    static Rna newRna() {
        return new Rna(String.format(Locale.ROOT, "W751%06d", SEQUENCE.getAndIncrement() % 1_000_000));
    }

    static PieceJustificative piece(int seed) {
        return PieceJustificative.supplied(
                CLOCK,
                PieceType.LIVRET_DE_FAMILLE,
                new BlobRef(String.format(Locale.ROOT, "%064x", seed), 1000L + seed),
                "livret-" + seed + ".pdf",
                "application/pdf",
                LocalDate.of(2012, 7, 14),
                null);
    }

    static DossierUsager dossier(UsagerId usager, int pieces) {
        DossierUsager dossier = DossierUsager.empty(usager);
        for (int i = 1; i <= pieces; i++) {
            dossier = dossier.withPiece(piece(i));
        }
        return dossier;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
