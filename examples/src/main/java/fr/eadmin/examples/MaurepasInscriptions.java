package fr.eadmin.examples;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Maurepas, the family's démarches over two weeks, in four services: an acte de mariage from the état civil,
 * Hugo's inscription scolaire, both children at the accueil de loisirs (jeunesse) and at the conservatoire.
 * Each téléservice asks for its own pièces justificatives (see {@code maurepas-catalogue.json}); the
 * justificatif de domicile already in the dossier and the family's attestations are reused from one demande to
 * the next, never uploaded again. Two demandes are incomplete at deposit (their accusé de réception says which
 * pièces and by when); an agent of the jeunesse service asks for one more; the pièces arrive; agents decide,
 * two of them after the 6-working-day goal.
 */
final class MaurepasInscriptions {
    static final String ETAT_CIVIL = "demande-acte-etat-civil";
    static final String SCOLAIRE = "inscription-scolaire";
    static final String JEUNESSE = "accueil-loisirs";
    static final String CONSERVATOIRE = "inscription-conservatoire";

    private static final Actor ETAT_CIVIL_AGENT = Actor.agent("etat-civil-maurepas", "agent-0017");
    private static final Actor SCOLAIRE_AGENT = Actor.agent("education-maurepas", "agent-0023");
    private static final Actor JEUNESSE_AGENT = Actor.agent("jeunesse-maurepas", "agent-0031");
    private static final Actor CONSERVATOIRE_AGENT = Actor.agent("conservatoire-maurepas", "agent-0042");

    /** The demandes of the story, in the order they were deposited. */
    record Demandes(
            DemandeId acteMariage,
            DemandeId scolaireHugo,
            DemandeId loisirsLea,
            DemandeId loisirsHugo,
            DemandeId conservatoireLea,
            DemandeId conservatoireHugo) {
        List<DemandeId> all() {
            return List.of(acteMariage, scolaireHugo, loisirsLea, loisirsHugo, conservatoireLea, conservatoireHugo);
        }
    }

    private final MaurepasGuichet guichet;
    private final DossierStore dossiers;
    private Versioned<DossierUsager> dossier;

    MaurepasInscriptions(MaurepasGuichet guichet, DossierStore dossiers, Foyer foyer) {
        this.guichet = guichet;
        this.dossiers = dossiers;
        this.dossier = dossiers.find(foyer.id()).orElseThrow();
    }

    Demandes run(Foyer foyer, Individu claire, Individu lea, Individu hugo) throws IOException {
        DemandeService demandes = guichet.demandes;
        Actor usager = Actor.usager(claire.id());
        LocalDate today = guichet.today();

        // Monday: the justificatif de domicile of the dossier is reused; what is not there yet is uploaded once.
        PieceJustificative domicile = dossier.value()
                .reusable(PieceType.JUSTIFICATIF_DOMICILE, today)
                .orElseThrow(() -> new IllegalStateException("the dossier has no valid justificatif de domicile"));
        PieceJustificative quotient = keep(guichet.upload(
                PieceType.ATTESTATION_QUOTIENT_FAMILIAL,
                "attestation-caf.pdf",
                "Attestation de quotient familial",
                null));
        PieceJustificative identite = keep(guichet.upload(
                PieceType.PIECE_IDENTITE, "cni-claire.pdf", "Carte nationale d'identité", LocalDate.of(2033, 3, 14)));
        PieceJustificative livret =
                keep(guichet.upload(PieceType.LIVRET_DE_FAMILLE, "livret-de-famille.pdf", "Livret de famille", null));
        PieceJustificative assurance = keep(guichet.upload(
                PieceType.ATTESTATION_ASSURANCE,
                "assurance-hugo.pdf",
                "Attestation d'assurance extrascolaire de Hugo",
                LocalDate.of(2027, 8, 31)));
        context().say("justificatif de domicile reused from the dossier; 4 pièces uploaded once");

        Map<String, String> mariage = Map.of(
                "typeActe",
                "mariage",
                "formeActe",
                "copie-integrale",
                "dateEvenement",
                "2012-06-16",
                "nombreExemplaires",
                "1");
        DemandeId acte = deposit(DraftRequest.forSelf(ETAT_CIVIL, claire, usager, Channel.INTERNET)
                .withAnswers(mariage)
                .withPieces(MaurepasGuichet.supplied(identite)));
        Map<String, String> ce2 = Map.of("motif", "arrivee", "niveau", "ce2", "ecole", "elementaire-jean-jaures");
        DemandeId scolaire = deposit(
                forChild(SCOLAIRE, claire, foyer, hugo, ce2).withPieces(MaurepasGuichet.supplied(livret, domicile)));
        Map<String, String> mercredis = Map.of("accueil", "mercredis", "allergies", "false");
        DemandeId loisirsLea = deposit(forChild(JEUNESSE, claire, foyer, lea, mercredis)
                .withPieces(MaurepasGuichet.supplied(assurance, quotient)));
        DemandeId loisirsHugo = deposit(forChild(JEUNESSE, claire, foyer, hugo, mercredis)
                .withPieces(MaurepasGuichet.supplied(assurance, quotient)));
        DemandeId danse =
                deposit(forChild(CONSERVATOIRE, claire, foyer, lea, Map.of("discipline", "danse", "tarif", "quotient"))
                        .withPieces(MaurepasGuichet.supplied(domicile, quotient)));
        DemandeId piano =
                deposit(forChild(CONSERVATOIRE, claire, foyer, hugo, Map.of("discipline", "piano", "tarif", "plein"))
                        .withPieces(MaurepasGuichet.supplied(domicile)));
        guichet.sendMails();

        // @start region="instruction"
        // Tuesday: the acte is sent; the jeunesse service sees that the insurance covers Hugo only.
        guichet.days(1);
        demandes.startInstruction(acte, ETAT_CIVIL_AGENT, Channel.GUICHET);
        demandes.accept(acte, ETAT_CIVIL_AGENT, Channel.GUICHET, "Copie intégrale de l'acte de mariage envoyée");
        demandes.startInstruction(piano, CONSERVATOIRE_AGENT, Channel.GUICHET);
        demandes.startInstruction(loisirsLea, JEUNESSE_AGENT, Channel.GUICHET);
        demandes.requestPieces(
                loisirsLea,
                JEUNESSE_AGENT,
                Channel.GUICHET,
                List.of(PieceType.ATTESTATION_ASSURANCE),
                guichet.today().plusDays(15),
                "L'attestation d'assurance fournie ne couvre que Hugo : merci de fournir celle de Léa.");
        guichet.sendMails();
        // @end

        // Wednesday: Léa's medical certificate for the dance class.
        guichet.days(1);
        PieceType certificatType =
                guichet.catalogue.get(CONSERVATOIRE).requiredPieces(lea.kind(), Map.of("discipline", "danse")).stream()
                        .filter(type -> type.code().equals("CERTIFICAT_MEDICAL_DANSE"))
                        .findFirst()
                        .orElseThrow();
        PieceJustificative certificat =
                keep(guichet.upload(certificatType, "certificat-medical.pdf", "Certificat médical", null));
        demandes.receivePieces(danse, usager, Channel.INTERNET, MaurepasGuichet.supplied(certificat));

        // Thursday: Hugo's vaccination record; piano accepted.
        guichet.days(1);
        PieceType carnetType = guichet.catalogue.get(SCOLAIRE).requiredPieces(hugo.kind(), Map.of()).stream()
                .filter(type -> type.code().equals("CARNET_VACCINATION"))
                .findFirst()
                .orElseThrow();
        PieceJustificative carnet =
                keep(guichet.upload(carnetType, "carnet-vaccination-hugo.pdf", "Carnet de vaccination", null));
        demandes.receivePieces(scolaire, usager, Channel.INTERNET, MaurepasGuichet.supplied(carnet));
        demandes.accept(piano, CONSERVATOIRE_AGENT, Channel.GUICHET, "Inscription en piano, premier cycle");
        demandes.startInstruction(danse, CONSERVATOIRE_AGENT, Channel.GUICHET);

        // Friday: Léa's insurance.
        guichet.days(1);
        PieceJustificative assuranceLea = keep(guichet.upload(
                PieceType.ATTESTATION_ASSURANCE,
                "assurance-lea.pdf",
                "Attestation d'assurance extrascolaire de Léa",
                LocalDate.of(2027, 8, 31)));
        demandes.receivePieces(loisirsLea, usager, Channel.INTERNET, MaurepasGuichet.supplied(assuranceLea));
        guichet.sendMails();

        // The next weeks: decisions, two of them after the goal of 6 working days.
        guichet.days(3);
        demandes.accept(loisirsLea, JEUNESSE_AGENT, Channel.GUICHET, "Accueil de loisirs les mercredis");
        guichet.days(1);
        demandes.accept(danse, CONSERVATOIRE_AGENT, Channel.GUICHET, "Inscription en danse, éveil");
        guichet.days(1);
        demandes.startInstruction(scolaire, SCOLAIRE_AGENT, Channel.GUICHET);
        demandes.startInstruction(loisirsHugo, JEUNESSE_AGENT, Channel.GUICHET);
        guichet.days(1);
        demandes.accept(loisirsHugo, JEUNESSE_AGENT, Channel.GUICHET, "Accueil de loisirs les mercredis");
        guichet.days(4);
        demandes.accept(scolaire, SCOLAIRE_AGENT, Channel.GUICHET, "Affecté en CE2, école élémentaire Jean Jaurès");
        guichet.sendMails();

        // The dossier remembers which demandes used each pièce.
        Demandes story = new Demandes(acte, scolaire, loisirsLea, loisirsHugo, danse, piano);
        DossierUsager used = dossier.value();
        for (DemandeId id : story.all()) {
            for (var piece : demandes.find(id).orElseThrow().value().pieces()) {
                used = used.markUsed(piece.piece(), id);
            }
        }
        dossier = dossiers.update(used, dossier.version());
        return story;
    }

    private DemandeId deposit(DraftRequest draft) throws IOException {
        return guichet.deposit(draft, draft.filedBy()).demande().value().id();
    }

    private static DraftRequest forChild(
            String teleservice, Individu parent, Foyer foyer, Individu child, Map<String, String> answers) {
        return DraftRequest.forFoyerMember(
                        teleservice, parent.id(), foyer, child.id(), Actor.usager(parent.id()), Channel.INTERNET)
                .withAnswers(answers);
    }

    /** Adds a new pièce to the family's dossier, where later demandes find it. */
    private PieceJustificative keep(PieceJustificative piece) {
        dossier = dossiers.update(dossier.value().withPiece(piece), dossier.version());
        return piece;
    }

    private ScenarioContext context() {
        return guichet.context;
    }
}
