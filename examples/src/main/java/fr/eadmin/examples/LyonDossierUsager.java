package fr.eadmin.examples;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeDelay;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.DemandeState;
import fr.eadmin.core.demande.Deposit;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.demande.Processing;
import fr.eadmin.core.demande.Step;
import fr.eadmin.core.demande.SuppliedPiece;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
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
import fr.eadmin.core.usager.UsagerId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lyon, one dossier usager across channels: the Benali family lives in the 3e arrondissement. The cantine
 * registration of Inès arrives by post and an agent keys it in; Yanis is registered to the périscolaire at the
 * guichet of the mairie d'arrondissement, the agent filing on the parent's behalf and reusing the justificatif
 * de domicile already in the dossier. Later demandes come by téléphone and by internet. Whatever the channel,
 * everything lands in the foyer's dossier, and the agent at any channel sees the same history.
 */
final class LyonDossierUsager {
    static final String CANTINE = "lyon-inscription-cantine";
    static final String PERISCOLAIRE = "lyon-inscription-periscolaire";

    /** The agent of the courrier service who keys in the letters. */
    static final Actor COURRIER_AGENT = Actor.agent(Lyon.ORGANISATION, "agent-0231");
    /** The agent at the guichet of the mairie du 3e arrondissement. */
    static final Actor GUICHET_AGENT = Actor.agent(Lyon.ORGANISATION, "agent-0117");
    /** The agent of the service enfance who instructs the registrations. */
    static final Actor ENFANCE_AGENT = Actor.agent(Lyon.ORGANISATION, "agent-0520");

    /**
     * The family: the foyer, its two parents and two children.
     *
     * @param foyer the foyer
     * @param samia the parent who files most demandes
     * @param karim the other parent
     * @param ines the elder child, at the cantine
     * @param yanis the younger child, at the périscolaire
     */
    record Famille(Foyer foyer, Individu samia, Individu karim, Individu ines, Individu yanis) {
        /** {@return the name an agent reads for a usager of the family} */
        String nameOf(UsagerId id) {
            if (id.equals(foyer.id())) {
                return foyer.libelle();
            }
            for (Individu individu : List.of(samia, karim, ines, yanis)) {
                if (individu.id().equals(id)) {
                    return String.join(" ", individu.prenoms()) + " " + individu.nomUsuel();
                }
            }
            return id.toString();
        }
    }

    private final ScenarioContext context;
    private final StoryClock clock;
    private final UsagerStore usagers;
    private final DossierStore dossiers;
    private final BlobStore blobs;
    private final DemandeService demandes;
    private final TeleserviceCatalogue catalogue;

    LyonDossierUsager(
            ScenarioContext context,
            StoryClock clock,
            UsagerStore usagers,
            DossierStore dossiers,
            BlobStore blobs,
            DemandeService demandes,
            TeleserviceCatalogue catalogue) {
        this.context = context;
        this.clock = clock;
        this.usagers = usagers;
        this.dossiers = dossiers;
        this.blobs = blobs;
        this.demandes = demandes;
        this.catalogue = catalogue;
    }

    /** The family opens its compte famille: four individus, one foyer, an empty dossier. */
    Famille openFamily() {
        Adresse domicile = Adresse.builder()
                .numero(27)
                .voie("rue Paul Bert")
                .codePostal("69003")
                .commune("Lyon")
                .codeInsee(CodeInsee.parse("69383"))
                .build();
        Individu samia = Individu.builder()
                .nomNaissance("Benali")
                .prenoms("Samia")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(1986, 4, 17))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69266"), "Villeurbanne"))
                .contact(new Contact(
                        Email.parse("samia.benali@example.fr"), Telephone.parse("06 45 21 78 90"), domicile))
                .build(clock);
        Individu karim = Individu.builder()
                .nomNaissance("Benali")
                .prenoms("Karim")
                .sexe(Sexe.MASCULIN)
                .dateNaissance(LocalDate.of(1984, 9, 2))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"))
                .contact(Contact.NONE.withAdresse(domicile))
                .build(clock);
        Individu ines = child("Inès", Sexe.FEMININ, LocalDate.of(2018, 3, 11));
        Individu yanis = child("Yanis", Sexe.MASCULIN, LocalDate.of(2021, 6, 29));
        for (Individu individu : List.of(samia, karim, ines, yanis)) {
            usagers.create(individu);
        }
        Foyer foyer = new Foyer(
                UsagerId.generate(clock),
                "Famille Benali",
                List.of(
                        new MembreFoyer(samia.id(), RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(karim.id(), RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(ines.id(), RoleFoyer.ENFANT),
                        new MembreFoyer(yanis.id(), RoleFoyer.ENFANT)),
                new QuotientFamilial(61_200, Year.of(2026), SourceQuotientFamilial.CAF),
                domicile);
        usagers.create(foyer);
        dossiers.create(DossierUsager.empty(foyer.id()));
        context.say("foyer " + foyer.id() + " created with " + foyer.membres().size() + " members");
        return new Famille(foyer, samia, karim, ines, yanis);
    }

    private Individu child(String prenom, Sexe sexe, LocalDate naissance) {
        return Individu.builder()
                .nomNaissance("Benali")
                .prenoms(prenom)
                .sexe(sexe)
                .dateNaissance(naissance)
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"))
                .build(clock);
    }

    /**
     * The cantine registration of Inès arrives by post, with a copy of an electricity bill: the courrier agent
     * scans the bill into the dossier and files the demande on the parent's behalf.
     */
    Deposit cantineByPost(Famille famille) throws IOException {
        Versioned<DossierUsager> dossier = dossiers.find(famille.foyer().id()).orElseThrow();
        PieceJustificative domicile = PieceJustificative.supplied(
                clock,
                PieceType.JUSTIFICATIF_DOMICILE,
                scan("Facture d'électricité, octobre 2026 (copie reçue par courrier)"),
                "courrier-facture-electricite.pdf",
                "application/pdf",
                LocalDate.now(clock).minusDays(35),
                null);
        dossiers.update(dossier.value().withPiece(domicile), dossier.version());
        DraftRequest request = DraftRequest.forFoyerMember(
                        CANTINE,
                        famille.samia().id(),
                        famille.foyer(),
                        famille.ines().id(),
                        COURRIER_AGENT,
                        Channel.COURRIER)
                .withAnswers(
                        Map.of("ecole", "groupe-scolaire-paul-bert", "regime", "sans-porc", "jours", "lu-ma-je-ve"))
                .withPieces(List.of(new SuppliedPiece(domicile.id(), domicile.type())));
        Versioned<Demande> draft = demandes.createDraft(request);
        Deposit deposit = demandes.deposit(draft.value().id(), COURRIER_AGENT, Channel.COURRIER);
        markUsed(famille, domicile, deposit.demande().value().id());
        return deposit;
    }

    /**
     * At the guichet, the parent registers Yanis to the accueil du soir; the agent reuses the justificatif de
     * domicile the dossier already holds instead of asking for it again.
     */
    Deposit periscolaireAtGuichet(Famille famille) {
        DossierUsager dossier =
                dossiers.find(famille.foyer().id()).orElseThrow().value();
        PieceJustificative domicile = dossier.reusable(PieceType.JUSTIFICATIF_DOMICILE, LocalDate.now(clock))
                .orElseThrow(() -> new IllegalStateException("the dossier has no valid justificatif de domicile"));
        DraftRequest request = DraftRequest.forFoyerMember(
                        PERISCOLAIRE,
                        famille.samia().id(),
                        famille.foyer(),
                        famille.yanis().id(),
                        GUICHET_AGENT,
                        Channel.GUICHET)
                .withAnswers(Map.of("ecole", "groupe-scolaire-paul-bert", "accueil", "soir", "jours", "lu-ma-je-ve"))
                .withPieces(List.of(new SuppliedPiece(domicile.id(), domicile.type())));
        Versioned<Demande> draft = demandes.createDraft(request);
        Deposit deposit = demandes.deposit(draft.value().id(), GUICHET_AGENT, Channel.GUICHET);
        markUsed(famille, domicile, deposit.demande().value().id());
        return deposit;
    }

    /** The service enfance instructs and accepts a registration. */
    Demande accept(DemandeId id, String decision) {
        Channel channel = demandes.find(id).orElseThrow().value().channel();
        demandes.startInstruction(id, ENFANCE_AGENT, channel);
        return demandes.accept(id, ENFANCE_AGENT, channel, decision).value();
    }

    private void markUsed(Famille famille, PieceJustificative piece, DemandeId demande) {
        Versioned<DossierUsager> dossier = dossiers.find(famille.foyer().id()).orElseThrow();
        dossiers.update(dossier.value().markUsed(piece.id(), demande), dossier.version());
    }

    private BlobRef scan(String text) throws IOException {
        byte[] content = (text + " (document de démonstration)").getBytes(StandardCharsets.UTF_8);
        return blobs.put(new ByteArrayInputStream(content));
    }

    /** The demandes of the foyer's dossier, whatever the channel and whoever of the family filed them. */
    static List<Demande> history(DemandeService demandes, Famille famille) {
        return demandes.findByFoyer(famille.foyer()).stream()
                .map(Versioned::value)
                .toList();
    }

    /** What an agent sees of the dossier, at the guichet, on the phone, at the courrier desk or online. */
    String report(Famille famille, List<Demande> history) {
        DossierUsager dossier =
                dossiers.find(famille.foyer().id()).orElseThrow().value();
        StringBuilder text = new StringBuilder();
        text.append("Dossier usager: ")
                .append(famille.foyer().libelle())
                .append(" (")
                .append(famille.foyer().id())
                .append(")\n");
        text.append("Vue agent, identique au guichet, au téléphone, au service courrier et en ligne\n");
        text.append("Membres: ");
        List<String> names = new ArrayList<>();
        for (MembreFoyer membre : famille.foyer().membres()) {
            names.add(famille.nameOf(membre.individu()));
        }
        text.append(String.join(", ", names)).append("\n\n");
        text.append("Demandes (").append(history.size()).append(")\n");
        for (Demande demande : history) {
            text.append("  ")
                    .append(demande.reference())
                    .append("  ")
                    .append(catalogue.get(demande.teleservice()).title())
                    .append(", pour ")
                    .append(famille.nameOf(demande.beneficiary()))
                    .append('\n');
            text.append("    canal: ")
                    .append(channel(demande.channel()))
                    .append(
                            demande.filedBy().kind() == Actor.Kind.AGENT
                                    ? ", saisie par " + demande.filedBy().reference()
                                    : ", saisie par l'usager")
                    .append('\n');
            DemandeDelay delay = demande.delay();
            if (delay != null) {
                text.append("    reçue le ")
                        .append(FrenchFormats.date(delay.receivedOn()))
                        .append(", délai ")
                        .append(delay.delay())
                        .append(delay.deadline() == null ? "" : ", échéance le " + FrenchFormats.date(delay.deadline()))
                        .append('\n');
            }
            text.append("    statut: ").append(status(demande)).append('\n');
            for (Step step : demande.history()) {
                text.append("      ")
                        .append(FrenchFormats.dateTime(step.at()))
                        .append("  ")
                        .append(String.format(
                                Locale.FRANCE, "%-18s", step.action().name().toLowerCase(java.util.Locale.ROOT)))
                        .append(" -> ")
                        .append(String.format(Locale.FRANCE, "%-15s", step.to()))
                        .append(' ')
                        .append(String.format(Locale.FRANCE, "%-10s", channel(step.channel())))
                        .append(' ')
                        .append(step.actor().reference())
                        .append('\n');
            }
        }
        text.append("\nPièces au dossier (").append(dossier.pieces().size()).append(")\n");
        for (PieceJustificative piece : dossier.pieces()) {
            List<String> usedBy = new ArrayList<>();
            for (Demande demande : history) {
                if (piece.isUsedBy(demande.id())) {
                    usedBy.add(demande.reference().toString());
                }
            }
            text.append("  ")
                    .append(piece.type().libelle())
                    .append(", fournie le ")
                    .append(FrenchFormats.date(LocalDate.ofInstant(piece.suppliedAt(), Main.PARIS)))
                    .append(", utilisée par ")
                    .append(usedBy.isEmpty() ? "aucune demande" : String.join(", ", usedBy))
                    .append('\n');
        }
        return text.toString();
    }

    private static String status(Demande demande) {
        DemandeDelay delay = demande.delay();
        Processing processing = delay == null ? null : delay.processing();
        String state = state(demande.state());
        if (processing == null) {
            return state + (delay != null && delay.late() ? ", en retard" : "");
        }
        return state + " le " + FrenchFormats.date(processing.decidedOn()) + " (" + processing.businessDays()
                + " jours ouvrés, " + (processing.withinDelay() ? "dans le délai" : "hors délai") + ")";
    }

    static String state(DemandeState state) {
        return switch (state) {
            case BROUILLON -> "brouillon";
            case DEPOSEE -> "déposée";
            case EN_INSTRUCTION -> "en instruction";
            case INCOMPLETE -> "incomplète";
            case ACCEPTEE -> "traitée favorablement";
            case REFUSEE -> "refusée";
            case CLASSEE_SANS_SUITE -> "classée sans suite";
        };
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case INTERNET -> "internet";
            case GUICHET -> "guichet";
            case TELEPHONE -> "téléphone";
            case COURRIER -> "courrier";
            case BORNE -> "borne";
        };
    }
}
