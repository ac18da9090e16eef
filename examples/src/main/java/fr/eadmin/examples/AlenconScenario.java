package fr.eadmin.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeNotifications;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.Deposit;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.jdbc.JdbcDemandeStore;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.jdbc.JdbcOutbox;
import fr.eadmin.core.jdbc.JdbcUsagerStore;
import fr.eadmin.core.json.EAdminJson;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.TownIdentity;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.AccountKind;
import fr.eadmin.identity.account.AccountStatus;
import fr.eadmin.identity.authz.Action;
import fr.eadmin.identity.authz.AuthorizationDecision;
import fr.eadmin.identity.authz.Authorizer;
import fr.eadmin.identity.jdbc.JdbcAccountLinkStore;
import fr.eadmin.identity.jdbc.JdbcAccountStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Alençon: the town's portal hosts the téléservice of a partner, its centre communal d'action sociale (CCAS),
 * whose agents instruct their own demandes and nothing else, while the town's agents cannot see the CCAS's;
 * the état civil issues a sealed extrait d'acte de mariage that the water company verifies offline with
 * nothing but the town's root certificate (and refuses a copy where one byte changed); the conservatoire of
 * the communauté urbaine enrols a pupil who rents a cello and pays online, credited once with its quittance.
 */
final class AlenconScenario implements Scenario {
    /** The scenario's name: its folder and its name in the index. */
    static final String NAME = "alencon";

    static final String EXTRAIT = "extrait-acte-mariage";
    static final String AIDE_CCAS = "aide-facultative-ccas";
    static final String ECOLE_MUSIQUE = "inscription-ecole-musique";

    /** The commune. */
    static final Siren VILLE = Siren.parse("216100115");
    /** The communauté urbaine, which runs the conservatoire. */
    static final Siren COMMUNAUTE_URBAINE = Siren.parse("246100663");
    /** The CCAS, a public body of its own. */
    static final Siren CCAS = Siren.parse("266100114");

    static final TownIdentity TOWN = TownIdentity.of(
            "Ville d'Alençon",
            List.of("Hôtel de ville, place Foch", "61000 Alençon"),
            "02 33 32 40 00 · etat-civil@ville-alencon.example");
    static final TownIdentity CCAS_LETTERHEAD = TownIdentity.of(
            "Centre communal d'action sociale d'Alençon",
            List.of("12 rue de Bretagne", "61000 Alençon"),
            "02 33 32 41 00 · aides@ccas-alencon.example");

    /** What the scenario established, for those who check it. */
    record Outcome(
            List<Habilitation> habilitations,
            AccuseReception ccasAccuseReception,
            AlenconActeMariage.Issued acte,
            AlenconCompagnieDesEaux.Verification waterCompany,
            AlenconEcoleMusique.Enrolment ecoleMusique) {}

    /**
     * One decision of the authorizer, as the portal asked it.
     *
     * @param who the account's role in the story
     * @param account the account's id
     * @param action the action
     * @param teleservice the téléservice of the demande, or {@code dossier} for a dossier usager
     * @param subject the demande's reference or the usager's id
     * @param decision the decision
     */
    record Habilitation(
            String who,
            AccountId account,
            Action action,
            String teleservice,
            String subject,
            AuthorizationDecision decision) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CCAS téléservice instructed by the CCAS only; sealed extrait d'acte de mariage verified offline "
                + "by the water company, tampered copy refused; conservatoire inscription with cello rental "
                + "paid online";
    }

    @Override
    public void run(ScenarioContext context) throws Exception {
        play(context);
    }

    /**
     * Plays the story.
     *
     * @param context the scenario's context
     * @return what it established
     * @throws Exception if a step fails
     */
    Outcome play(ScenarioContext context) throws Exception {
        StoryClock clock =
                new StoryClock(context.clock().instant(), context.clock().getZone());
        TeleserviceCatalogue catalogue = Resources.catalogue("alencon-catalogue.json");
        JdbcJournal journal = JdbcJournal.create(context.dataSource());
        DemandeService demandes = DemandeService.create(
                catalogue,
                JdbcDemandeStore.create(
                        context.dataSource(), journal, JdbcOutbox.create(context.dataSource(), clock), clock),
                DemandeNotifications.none(),
                clock);
        UsagerStore usagers = JdbcUsagerStore.create(context.dataSource(), clock);
        JdbcAccountStore accounts = JdbcAccountStore.create(context.dataSource());
        JdbcAccountLinkStore links = JdbcAccountLinkStore.create(context.dataSource());

        // The portal knows three organisations by their SIREN: the commune, the communauté urbaine that
        // runs the conservatoire, and the CCAS, a partner with its own téléservice in the catalogue.
        Map<Siren, String> organisations =
                Map.of(VILLE, "mairie-alencon", COMMUNAUTE_URBAINE, "conservatoire-alencon", CCAS, "ccas-alencon");
        Authorizer authorizer = Authorizer.create(
                        links::individuOf,
                        usagers,
                        catalogue::find,
                        siren -> Optional.ofNullable(organisations.get(siren)))
                .withJournal(journal, clock);

        Individu odette = individu("Guérin", null, "Odette", Sexe.FEMININ, LocalDate.of(1951, 3, 14), clock);
        Individu camille = individu("Lebrun", "Moreau", "Camille", Sexe.FEMININ, LocalDate.of(1993, 6, 21), clock);
        Individu julien = individu("Moreau", null, "Julien", Sexe.MASCULIN, LocalDate.of(1991, 1, 8), clock);
        for (Individu individu : List.of(odette, camille, julien)) {
            usagers.create(individu);
        }
        Account odetteAccount = usagerAccount(accounts, links, odette, "odette.guerin@example.fr", clock);
        Account camilleAccount = usagerAccount(accounts, links, camille, "camille.moreau@example.fr", clock);
        Account julienAccount = usagerAccount(accounts, links, julien, "julien.moreau@example.fr", clock);
        Account etatCivil = agentAccount(accounts, AccountKind.AGENT, "etat-civil@ville-alencon.example", VILLE, clock);
        Account ccasAgent =
                agentAccount(accounts, AccountKind.PARTNER_AGENT, "instruction@ccas-alencon.example", CCAS, clock);
        Account conservatoire = agentAccount(
                accounts, AccountKind.AGENT, "scolarite@conservatoire-alencon.example", COMMUNAUTE_URBAINE, clock);

        Portal portal = new Portal(context, authorizer, demandes);

        // The town is its own certification authority: its root, published on its website, is what relying
        // parties trust; its seal and timestamping unit are certified from the start of the story.
        TownTrust trust = TownTrust.openOrCreate(
                context.privateFolder("pki-alencon"),
                "Ville d'Alençon",
                "alencon-demonstration".toCharArray(),
                context.dataSource(),
                clock);
        Path rootPem = trust.publishTrustAnchor(context, "alencon-ac-racine.pem");

        // 1. Odette asks the CCAS for an aide facultative on the town's portal; the accusé de réception names
        // the CCAS as the service in charge.
        Deposit aide = portal.deposit(
                odetteAccount,
                "usager",
                DraftRequest.forSelf(AIDE_CCAS, odette, Actor.usager(odette.id()), Channel.INTERNET)
                        .withAnswers(Map.of("nature", "secours-urgence", "motif", "facture-energie")));
        Demande aideDemande = aide.demande().value();
        Path arCcas = context.file("accuse-reception-" + aideDemande.reference() + ".pdf");
        Files.write(
                arCcas,
                DocumentRenderer.create(CCAS_LETTERHEAD, clock)
                        .accuseReception(aide.accuseReception())
                        .pdf());
        context.record(ArtifactKind.PDF, arCcas);
        context.say("aide facultative " + aideDemande.reference() + " deposited; accusé de réception from "
                + aide.accuseReception().organisation() + " ("
                + aide.accuseReception().service().designation() + ")");

        // Camille asks the état civil for an extrait of her acte de mariage.
        Deposit extrait = portal.deposit(
                camilleAccount,
                "usager",
                DraftRequest.forSelf(EXTRAIT, camille, Actor.usager(camille.id()), Channel.INTERNET)
                        .withAnswers(Map.of(
                                "typeActe",
                                "mariage",
                                "formeActe",
                                "extrait-sans-filiation",
                                "dateEvenement",
                                "2026-09-12")));
        Demande extraitDemande = extrait.demande().value();

        // The next morning, the agents open their lists. The CCAS's agent instructs the CCAS's demande; the
        // town's agent may not; the CCAS's agent may neither touch the état civil's demande nor open a dossier.
        clock.advance(Duration.ofHours(20));
        if (portal.allowed(ccasAgent, "agent du CCAS", Action.INSTRUIRE, aideDemande)) {
            demandes.startInstruction(
                    aideDemande.id(),
                    Actor.partner("ccas-alencon", ccasAgent.id().toString()),
                    Channel.INTERNET);
        }
        portal.allowed(etatCivil, "agent de l'état civil", Action.CONSULTER, aideDemande);
        portal.allowed(etatCivil, "agent de l'état civil", Action.INSTRUIRE, aideDemande);
        portal.allowed(ccasAgent, "agent du CCAS", Action.CONSULTER, extraitDemande);
        portal.allowed(ccasAgent, "agent du CCAS", Action.INSTRUIRE, extraitDemande);
        portal.allowed(ccasAgent, "agent du CCAS", Action.CONSULTER, DossierUsager.empty(odette.id()));
        if (portal.allowed(etatCivil, "agent de l'état civil", Action.INSTRUIRE, extraitDemande)) {
            demandes.startInstruction(
                    extraitDemande.id(),
                    Actor.agent("mairie-alencon", etatCivil.id().toString()),
                    Channel.INTERNET);
        }
        clock.advance(Duration.ofHours(2));
        if (portal.allowed(ccasAgent, "agent du CCAS", Action.DECIDER, aideDemande)) {
            demandes.accept(
                    aideDemande.id(),
                    Actor.partner("ccas-alencon", ccasAgent.id().toString()),
                    Channel.INTERNET,
                    "Secours d'urgence accordé");
        }
        if (!portal.allowed(etatCivil, "agent de l'état civil", Action.DECIDER, extraitDemande)) {
            throw new IllegalStateException("the état civil may not decide on its own demande");
        }
        demandes.accept(
                extraitDemande.id(),
                Actor.agent("mairie-alencon", etatCivil.id().toString()),
                Channel.INTERNET,
                "Extrait délivré");

        // 2. The état civil issues the extrait, sealed by the town.
        AlenconActeMariage.Issued acte = new AlenconActeMariage(context, TOWN, trust, clock)
                .issue(extraitDemande.reference().toString(), AlenconActeMariage.ACTE);

        // 3. Camille sends the PDF to the water company, three days later; it knows only the town's root.
        clock.advance(Duration.ofDays(3));
        AlenconCompagnieDesEaux.Verification water = new AlenconCompagnieDesEaux(context, rootPem, acte.crls(), clock)
                .verify(
                        Files.readAllBytes(acte.pdf()),
                        Files.readAllBytes(acte.data()),
                        Files.readAllBytes(acte.cades()));

        // 4. Julien enrols at the conservatoire and rents a cello; the CCAS's agent is refused there too.
        clock.advance(Duration.ofDays(1));
        AlenconEcoleMusique.Enrolment enrolment = new AlenconEcoleMusique(context, demandes, portal, clock)
                .enrol(julien, julienAccount, conservatoire, ccasAgent);

        writeHabilitations(context, portal.habilitations());
        return new Outcome(portal.habilitations(), aide.accuseReception(), acte, water, enrolment);
    }

    /** The portal's side of each request: ask the authorizer first, keep its answer. */
    static final class Portal {
        private final ScenarioContext context;
        private final Authorizer authorizer;
        private final DemandeService demandes;
        private final List<Habilitation> habilitations = new ArrayList<>();

        Portal(ScenarioContext context, Authorizer authorizer, DemandeService demandes) {
            this.context = context;
            this.authorizer = authorizer;
            this.demandes = demandes;
        }

        /** Creates and deposits a draft once the authorizer permits its deposit. */
        Deposit deposit(Account account, String who, DraftRequest request) {
            Versioned<Demande> draft = demandes.createDraft(request);
            if (!allowed(account, who, Action.DEPOSER, draft.value())) {
                throw new IllegalStateException("the usager may not deposit this demande");
            }
            return demandes.deposit(draft.value().id(), request.filedBy(), request.channel());
        }

        boolean allowed(Account account, String who, Action action, Demande demande) {
            AuthorizationDecision decision = authorizer.decide(account, action, demande);
            return keep(new Habilitation(
                    who,
                    account.id(),
                    action,
                    demande.teleservice(),
                    demande.reference().toString(),
                    decision));
        }

        boolean allowed(Account account, String who, Action action, DossierUsager dossier) {
            AuthorizationDecision decision = authorizer.decide(account, action, dossier);
            return keep(new Habilitation(
                    who, account.id(), action, "dossier", dossier.usager().toString(), decision));
        }

        private boolean keep(Habilitation habilitation) {
            habilitations.add(habilitation);
            AuthorizationDecision decision = habilitation.decision();
            context.say(habilitation.who() + " " + habilitation.action() + " " + habilitation.subject() + ": "
                    + (decision.permitted()
                            ? "permitted"
                            : "refused ("
                                    + decision.refusalReason().orElseThrow().code() + ")"));
            return decision.permitted();
        }

        List<Habilitation> habilitations() {
            return List.copyOf(habilitations);
        }
    }

    private static void writeHabilitations(ScenarioContext context, List<Habilitation> habilitations)
            throws IOException {
        ObjectMapper json = EAdminJson.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("decisions");
        for (Habilitation h : habilitations) {
            ObjectNode entry = list.addObject();
            entry.put("role", h.who());
            entry.put("compte", h.account().toString());
            entry.put("action", h.action().name());
            entry.put("teleservice", h.teleservice());
            entry.put("objet", h.subject());
            entry.put("permis", h.decision().permitted());
            h.decision().refusalReason().ifPresent(reason -> entry.put("motif", reason.code()));
            entry.put("explication", h.decision().explanation());
        }
        context.writeReport("habilitations.json", json.writeValueAsString(root) + "\n");
    }

    private static Individu individu(
            String nomNaissance,
            @Nullable String nomUsage,
            String prenom,
            Sexe sexe,
            LocalDate naissance,
            java.time.Clock clock) {
        return Individu.builder()
                .nomNaissance(nomNaissance)
                .nomUsage(nomUsage)
                .prenoms(prenom)
                .sexe(sexe)
                .dateNaissance(naissance)
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("61001"), "Alençon"))
                .build(clock);
    }

    private static Account usagerAccount(
            JdbcAccountStore accounts,
            JdbcAccountLinkStore links,
            Individu individu,
            String login,
            java.time.Clock clock) {
        Account account = accounts.create(Account.newUsager(AccountId.random(), Email.parse(login), clock.instant())
                        .withStatus(AccountStatus.ACTIVE))
                .value();
        links.linkIndividu(account.id(), individu.id());
        return account;
    }

    private static Account agentAccount(
            JdbcAccountStore accounts, AccountKind kind, String login, Siren organisation, java.time.Clock clock) {
        return accounts.create(
                        Account.newAgent(AccountId.random(), kind, Email.parse(login), organisation, clock.instant())
                                .withStatus(AccountStatus.ACTIVE))
                .value();
    }
}
