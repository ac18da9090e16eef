package fr.eadmin.examples;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.UuidV7;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.AccountKind;
import fr.eadmin.identity.account.AccountStatus;
import fr.eadmin.identity.account.spi.AccountLinkStore;
import fr.eadmin.identity.account.spi.AccountStore;
import fr.eadmin.identity.account.spi.GrantStore;
import fr.eadmin.identity.authz.Action;
import fr.eadmin.identity.authz.AuthorizationDecision;
import fr.eadmin.identity.authz.Authorizer;
import fr.eadmin.identity.authz.ReadOnlyGrant;
import fr.eadmin.identity.jdbc.JdbcAccountLinkStore;
import fr.eadmin.identity.jdbc.JdbcAccountStore;
import fr.eadmin.identity.jdbc.JdbcGrantStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Le Chesnay-Rocquencourt, the extranet spaces: the portal's accounts, their links to usagers and the
 * read-only grants are kept in the database (identity module's JDBC stores), and every screen asks the
 * {@link Authorizer} before showing or changing anything. A separated father follows his son's dossier and
 * demandes in read-only; the president of a theatre company manages his association's dossier but not another
 * association's; an agent of the police municipale, a service of the town like the état civil (one SIREN for
 * both), instructs the police demandes and not the état civil's, as an agent of the état civil instructs only its
 * own: the portal assigns each agent to its service ({@link Authorizer#withAgentServices}).
 * Each question, its answer and the Authorizer's explanation go to {@code extranet.txt}, with ids only.
 */
final class LeChesnayExtranet {
    /** The town's SIREN, which its own agents' accounts carry. */
    static final Siren TOWN_SIREN = Siren.parse("217801588");

    /** The organisation code of the town's services, unless an agent is assigned to another one. */
    static final String TOWN = "mairie-lechesnay";

    /** The organisation code of the police municipale's téléservices. */
    static final String POLICE = "police-municipale-lechesnay";

    /** The people and demandes of the story. */
    record People(
            Individu mother,
            Individu child,
            Individu father,
            Individu president,
            Foyer foyer,
            Association company,
            Association otherAssociation,
            Demande acte,
            Demande theatre,
            Demande police) {}

    /**
     * One question asked to the Authorizer.
     *
     * @param who the account's role in the story
     * @param action the action
     * @param what the demande or dossier, described without personal data
     * @param decision the answer
     */
    record Question(String who, Action action, String what, AuthorizationDecision decision) {}

    private final ScenarioContext context;
    private final StoryClock clock;
    private final TeleserviceCatalogue catalogue;
    private final UsagerStore usagers;
    private final DossierStore dossiers;
    private final DemandeService demandes;

    LeChesnayExtranet(
            ScenarioContext context,
            StoryClock clock,
            TeleserviceCatalogue catalogue,
            UsagerStore usagers,
            DossierStore dossiers,
            DemandeService demandes) {
        this.context = context;
        this.clock = clock;
        this.catalogue = catalogue;
        this.usagers = usagers;
        this.dossiers = dossiers;
        this.demandes = demandes;
    }

    List<Question> run(People people) throws IOException {
        AccountStore accounts = JdbcAccountStore.create(context.dataSource());
        AccountLinkStore links = JdbcAccountLinkStore.create(context.dataSource());
        GrantStore grants = JdbcGrantStore.create(context.dataSource());

        // The accounts, once their email addresses are verified.
        Account mother = usagerAccount(
                accounts, links, "isabelle.morel@example.fr", people.mother().id());
        Account father = usagerAccount(
                accounts, links, "julien.morel@example.fr", people.father().id());
        Account president = usagerAccount(
                accounts, links, "marc.lemaire@example.fr", people.president().id());
        Account policeAgent = agentAccount(accounts, "agent.pm042@lechesnay-rocquencourt.example");
        Account etatCivilAgent = agentAccount(accounts, "agent.ec017@lechesnay-rocquencourt.example");
        // The portal's directory of agents: the police municipale's agents work for its téléservices only; the
        // other agents of the town for the town's.
        Map<AccountId, String> services = Map.of(policeAgent.id(), POLICE);
        // @start region="authorizer"
        // The father is not a member of the son's foyer: the family judge's decision gives him a view only.
        grants.grant(new ReadOnlyGrant(father.id(), people.child().id()));

        Authorizer authorizer = Authorizer.create(
                        links::individuOf,
                        usagers,
                        catalogue::find,
                        siren -> siren.equals(TOWN_SIREN) ? Optional.of(TOWN) : Optional.empty())
                .withAgentServices(account -> Optional.ofNullable(services.get(account)))
                .withReadOnlyGrants(grants.all())
                .withJournal(JdbcJournal.create(context.dataSource()), clock);
        // @end

        // The mother has started a second demande for her son (an extrait plurilingue), not yet filed.
        Demande draft = demandes.createDraft(DraftRequest.forFoyerMember(
                                LeChesnayGuichet.ETAT_CIVIL,
                                people.mother().id(),
                                people.foyer(),
                                people.child().id(),
                                Actor.usager(people.mother().id()),
                                Channel.INTERNET)
                        .withAnswers(Map.of("typeActe", "naissance", "formeActe", "extrait-plurilingue")))
                .value();

        DossierUsager childDossier = dossier(people.child().id());
        DossierUsager motherDossier = dossier(people.mother().id());
        DossierUsager companyDossier = dossier(people.company().id());
        DossierUsager otherDossier = dossier(people.otherAssociation().id());
        List<Question> questions = new ArrayList<>();
        Asker ask = new Asker(authorizer, questions);

        String parent = "parent (espace en lecture seule)";
        ask.dossier(parent, father, Action.CONSULTER, childDossier, "le dossier de l'enfant");
        ask.dossier(parent, father, Action.COMPLETER, childDossier, "le dossier de l'enfant");
        ask.demande(parent, father, Action.CONSULTER, people.acte(), "la demande d'acte déposée pour l'enfant");
        ask.demande(parent, father, Action.COMPLETER, people.acte(), "la demande d'acte déposée pour l'enfant");
        ask.demande(parent, father, Action.DEPOSER, draft, "le brouillon de demande préparé pour l'enfant");
        ask.demande(parent, father, Action.CONSULTER, people.police(), "le message de la mère à la police");
        ask.demande("mère", mother, Action.DEPOSER, draft, "son brouillon de demande pour l'enfant");

        String representative = "président de l'association";
        ask.dossier(representative, president, Action.CONSULTER, companyDossier, "le dossier de son association");
        ask.dossier(representative, president, Action.COMPLETER, companyDossier, "le dossier de son association");
        ask.demande(
                representative,
                president,
                Action.COMPLETER,
                people.theatre(),
                "la demande de location du théâtre de son association");
        ask.dossier(representative, president, Action.CONSULTER, otherDossier, "le dossier d'une autre association");
        ask.dossier(representative, president, Action.COMPLETER, otherDossier, "le dossier d'une autre association");
        ask.demande(
                representative,
                president,
                Action.INSTRUIRE,
                people.theatre(),
                "la demande de location du théâtre de son association");

        String police = "agent de la police municipale";
        ask.demande(police, policeAgent, Action.CONSULTER, people.police(), "le message à la police municipale");
        ask.demande(police, policeAgent, Action.INSTRUIRE, people.police(), "le message à la police municipale");
        ask.demande(police, policeAgent, Action.DECIDER, people.police(), "le message à la police municipale");
        ask.demande(police, policeAgent, Action.INSTRUIRE, people.acte(), "la demande d'acte d'état civil");
        ask.demande(police, policeAgent, Action.CONSULTER, people.acte(), "la demande d'acte d'état civil");
        ask.dossier(police, policeAgent, Action.CONSULTER, motherDossier, "le dossier de l'usagère qui a écrit");

        String etatCivil = "agent de l'état civil";
        ask.demande(etatCivil, etatCivilAgent, Action.INSTRUIRE, people.acte(), "la demande d'acte d'état civil");
        ask.demande(etatCivil, etatCivilAgent, Action.INSTRUIRE, people.police(), "le message à la police municipale");

        // What was permitted is done: each agent starts the instruction of the demande it may instruct.
        demandes.startInstruction(
                people.police().id(), Actor.agent(POLICE, policeAgent.id().toString()), Channel.INTERNET);
        demandes.startInstruction(
                people.acte().id(), Actor.agent(TOWN, etatCivilAgent.id().toString()), Channel.INTERNET);

        StringBuilder text = new StringBuilder("Extranet du Chesnay-Rocquencourt : décisions d'autorisation\n");
        for (Question question : questions) {
            text.append("\n[")
                    .append(question.who())
                    .append("] ")
                    .append(question.action())
                    .append(" ")
                    .append(question.what())
                    .append(" -> ")
                    .append(
                            question.decision().permitted()
                                    ? "autorisé"
                                    : "refusé ("
                                            + question.decision()
                                                    .refusalReason()
                                                    .orElseThrow()
                                                    .code() + ")")
                    .append("\n  ")
                    .append(question.decision().explanation())
                    .append('\n');
            context.say(question.who() + ": " + question.action() + " " + question.what() + " -> "
                    + (question.decision().permitted() ? "autorisé" : "refusé"));
        }
        context.writeReport("extranet.txt", text.toString());
        return List.copyOf(questions);
    }

    private DossierUsager dossier(UsagerId usager) {
        return dossiers.find(usager).orElseThrow().value();
    }

    private Account usagerAccount(AccountStore accounts, AccountLinkStore links, String login, UsagerId individu) {
        Account account = Account.newUsager(new AccountId(UuidV7.next(clock)), Email.parse(login), clock.instant())
                .withStatus(AccountStatus.ACTIVE);
        accounts.create(account);
        links.linkIndividu(account.id(), individu);
        return account;
    }

    private Account agentAccount(AccountStore accounts, String login) {
        Account account = Account.newAgent(
                        new AccountId(UuidV7.next(clock)),
                        AccountKind.AGENT,
                        Email.parse(login),
                        TOWN_SIREN,
                        clock.instant())
                .withStatus(AccountStatus.ACTIVE);
        accounts.create(account);
        return account;
    }

    /** Asks the Authorizer and keeps the question with its answer. */
    private record Asker(Authorizer authorizer, List<Question> questions) {
        void demande(String who, Account account, Action action, Demande demande, String what) {
            questions.add(new Question(
                    who, action, what + " " + demande.reference(), authorizer.decide(account, action, demande)));
        }

        void dossier(String who, Account account, Action action, DossierUsager dossier, String what) {
            questions.add(new Question(who, action, what, authorizer.decide(account, action, dossier)));
        }
    }
}
