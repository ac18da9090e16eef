package fr.eadmin.documents;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeReference;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.teleservice.FormRef;
import fr.eadmin.core.teleservice.Organisation;
import fr.eadmin.core.teleservice.OrganisationKind;
import fr.eadmin.core.teleservice.PieceRequirement;
import fr.eadmin.core.teleservice.ServiceContact;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.teleservice.TeleserviceCalendar;
import fr.eadmin.core.usager.Adresse;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inputs of every kind of document, built the way the application builds them. */
final class Samples {
    static final Instant NOW = Instant.parse("2026-03-02T08:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, FrenchFormats.PARIS);
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final UsagerId CLAIRE = UsagerId.parse("01900000-0000-7000-8000-000000000001");

    private Samples() {}

    static TownIdentity town() {
        return TownIdentity.of(
                "Mairie de Maurepas",
                List.of("2 place d'Haversham", "78310 Maurepas"),
                "01 30 66 44 00 · contact@mairie-maurepas.example");
    }

    static Teleservice teleservice(Delay delay, SilenceRule rule, PieceType... pieces) {
        Adresse adresse = Adresse.builder()
                .numero(2)
                .voie("place d'Haversham")
                .codePostal("78310")
                .commune("Maurepas")
                .build();
        Organisation mairie = new Organisation(
                "mairie-maurepas",
                "Mairie de Maurepas",
                OrganisationKind.TOWN,
                new ServiceContact(
                        "Service population",
                        adresse,
                        Email.parse("population@mairie-maurepas.example"),
                        Telephone.parse("01 30 66 44 00")));
        return new Teleservice(
                "essai-" + rule.name().toLowerCase(Locale.ROOT),
                "Permis de stationnement sur la voie publique",
                mairie,
                new FormRef("essai", 1),
                Arrays.stream(pieces).map(PieceRequirement::always).toList(),
                0,
                delay,
                rule,
                EnumSet.of(Channel.INTERNET, Channel.GUICHET),
                TeleserviceCalendar.of("78"));
    }

    /** The accusé de réception core produces at deposit, with the pièces given missing. */
    static AccuseReception accuse(SilenceRule rule, PieceType... missing) {
        Delay delay = rule == SilenceRule.NONE ? Delay.ofBusinessDays(6) : Delay.ofMonths(2);
        Teleservice teleservice = teleservice(delay, rule, missing);
        Instant at =
                MONDAY.atTime(LocalTime.of(9, 30)).atZone(FrenchFormats.PARIS).toInstant();
        DraftRequest request = new DraftRequest(
                teleservice.code(),
                CLAIRE,
                CLAIRE,
                UsagerKind.INDIVIDU,
                Actor.usager(CLAIRE),
                Channel.INTERNET,
                Map.of(),
                List.of());
        Demande demande = Demande.draft(
                        DemandeId.parse("01900000-0000-7000-8000-0000000000aa"),
                        new DemandeReference(2026, 123),
                        request,
                        teleservice,
                        at)
                .deposit(Actor.usager(CLAIRE), Channel.INTERNET, at, teleservice);
        return AccuseReception.of(demande, teleservice);
    }

    static Facture facture() {
        return new Facture(
                "F-2026-000042",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 31),
                "Claire Martin",
                List.of("12 rue des Lilas", "78310 Maurepas"),
                "FOYER-2026-0815",
                List.of(
                        new Facture.Line("Restauration scolaire, février 2026", 14, 385),
                        new Facture.Line("Accueil périscolaire du soir, février 2026", 9, 240),
                        new Facture.Line("Séjour de printemps, acompte", 1, 102_500)),
                "Payez en ligne sur www.tipi.budget.gouv.fr (PayFiP) avec la référence ci-dessus, ou à la régie"
                        + " de la mairie du lundi au vendredi de 8 h 30 à 12 h.");
    }

    static Quittance quittance() {
        return new Quittance(
                "Régie enfance",
                "Q-2026-000317",
                Instant.parse("2026-03-02T08:30:00Z"),
                "Claire Martin",
                List.of(
                        new Quittance.Line("Restauration scolaire, février 2026", 5_390),
                        new Quittance.Line("Accueil périscolaire du soir, février 2026", 2_160),
                        new Quittance.Line("Séjour de printemps, acompte", 102_500)),
                Quittance.MeansOfPayment.CARTE_BANCAIRE,
                "F-2026-000042");
    }

    static Attestation attestation(Attestation.Decision decision) {
        boolean rejection = decision == Attestation.Decision.REJET;
        return new Attestation(
                "ATT-2026-000012",
                decision,
                "2026-000123",
                "Permis de stationnement sur la voie publique",
                "Claire Martin",
                LocalDate.of(2026, 5, 2),
                rejection
                        ? "Votre demande de permis de stationnement est rejetée."
                        : "Un permis de stationnement est accordé pour une benne, devant le 12 rue des Lilas, du 10 au"
                                + " 14 mai 2026.",
                rejection ? "L'emprise demandée empiète sur une piste cyclable." : null,
                rejection
                        ? "Vous pouvez contester cette décision devant le tribunal administratif de Versailles dans"
                                + " un délai de deux mois à compter de sa notification."
                        : null,
                "Pour le maire, l'adjointe déléguée, Sophie Bernard");
    }

    /** A récapitulatif with the given number of children (a repeated block) and pièces. */
    static Recapitulatif recapitulatif(int children, int pieces) {
        List<List<Recapitulatif.Answer>> occurrences = new ArrayList<>();
        for (int i = 1; i <= children; i++) {
            occurrences.add(List.of(
                    new Recapitulatif.Answer("Nom", "Martin"),
                    new Recapitulatif.Answer("Prénom", "Enfant n° " + i),
                    new Recapitulatif.Answer("Date de naissance", "12 mai 2019"),
                    new Recapitulatif.Answer("École", "École élémentaire Jean-Jaurès"),
                    new Recapitulatif.Answer(
                            "Allergies et régime alimentaire",
                            "Allergie aux arachides ; panier-repas fourni par la famille les jours de sortie.")));
        }
        List<Recapitulatif.Piece> attached = new ArrayList<>();
        for (int i = 1; i <= pieces; i++) {
            attached.add(new Recapitulatif.Piece(
                    "justificatif-" + i + ".pdf", "Justificatif de domicile", 183_407L * i, "ab".repeat(32)));
        }
        return new Recapitulatif(
                "Inscription scolaire",
                "2026-000123",
                NOW,
                "Claire Martin",
                List.of(
                        Recapitulatif.Section.of(
                                "Responsable légal",
                                List.of(
                                        new Recapitulatif.Answer("Nom", "Martin"),
                                        new Recapitulatif.Answer("Prénom", "Claire"),
                                        new Recapitulatif.Answer("Adresse", "12 rue des Lilas\n78310 Maurepas"),
                                        new Recapitulatif.Answer("Courriel", "claire.martin@example.fr"))),
                        new Recapitulatif.Section(
                                "Enfants à inscrire",
                                List.of(),
                                List.of(new Recapitulatif.RepeatedBlock("Enfant", occurrences)))),
                attached);
    }
}
