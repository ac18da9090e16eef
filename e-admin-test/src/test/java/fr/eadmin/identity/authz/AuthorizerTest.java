package fr.eadmin.identity.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeReference;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.memory.InMemoryTeleserviceStore;
import fr.eadmin.core.memory.InMemoryUsagerStore;
import fr.eadmin.core.teleservice.Organisation;
import fr.eadmin.core.teleservice.OrganisationKind;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
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
import fr.eadmin.core.usager.UsagerKind;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.AccountKind;
import fr.eadmin.identity.account.AccountStatus;
import fr.eadmin.test.contract.DemandeSamples;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorizerTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
    private static final Siren TOWN = Siren.parse("213105554");
    private static final Siren CCAS = Siren.parse("356000000");
    private static final Siren ELSEWHERE = Siren.parse("732829320");
    private static final Siren UNMAPPED = Siren.parse("552100554");

    private final InMemoryUsagerStore usagers = InMemoryUsagerStore.create();
    private final InMemoryTeleserviceStore teleservices = InMemoryTeleserviceStore.create();
    private final InMemoryJournal journal = InMemoryJournal.create();
    private final Map<AccountId, UsagerId> links = new HashMap<>();
    private final Authorizer authorizer = Authorizer.create(
                    account -> Optional.ofNullable(links.get(account)),
                    usagers,
                    teleservices,
                    siren -> Optional.ofNullable(Map.of(
                                    TOWN, "mairie-maurepas",
                                    CCAS, "ccas-maurepas",
                                    ELSEWHERE, "mairie-elancourt")
                            .get(siren)))
            .withJournal(journal, CLOCK);

    private final Individu parent = individu("Dupont");
    private final Individu otherParent = individu("Martin");
    private final Individu conjoint = individu("Durand");
    private final Individu child = individu("Dupont");
    private final Foyer foyer = new Foyer(
            UsagerId.random(),
            "Famille Dupont-Martin",
            List.of(
                    new MembreFoyer(parent.id(), RoleFoyer.RESPONSABLE_LEGAL),
                    new MembreFoyer(otherParent.id(), RoleFoyer.RESPONSABLE_LEGAL),
                    new MembreFoyer(conjoint.id(), RoleFoyer.CONJOINT),
                    new MembreFoyer(child.id(), RoleFoyer.ENFANT)),
            null,
            null);
    private final Teleservice cantine = DemandeSamples.teleservice(Delay.ofCalendarDays(30), SilenceRule.ACCEPTATION);
    private final Teleservice aideSociale = partnerTeleservice();

    private final Account parentAccount = usagerAccount(parent.id());
    private final Account otherParentAccount = usagerAccount(otherParent.id());
    private final Account conjointAccount = usagerAccount(conjoint.id());
    private final Account townAgent = agent(AccountKind.AGENT, TOWN);
    private final Account partnerAgent = agent(AccountKind.PARTNER_AGENT, CCAS);

    AuthorizerTest() {
        for (var usager : List.of(parent, otherParent, conjoint, child, foyer)) {
            usagers.create(usager);
        }
        teleservices.create(cantine);
        teleservices.create(aideSociale);
    }

    @Test
    void aParentActsForTheirChild() {
        Demande forChild = forFoyerMember(parent.id(), child.id());
        for (Action action : List.of(Action.CONSULTER, Action.DEPOSER, Action.COMPLETER)) {
            AuthorizationDecision decision = authorizer.decide(parentAccount, action, forChild);
            assertThat(decision.permitted()).isTrue();
            assertThat(decision.refusalReason()).isEmpty();
        }
        assertThat(authorizer.decide(parentAccount, Action.COMPLETER, DossierUsager.empty(child.id())))
                .isEqualTo(AuthorizationDecision.permit("le compte " + parentAccount.id()
                        + " est responsable légal du foyer " + foyer.id() + ", dont l'individu " + child.id()
                        + " est enfant"));
    }

    @Test
    void theOtherResponsableLegalFollowsTheChildsDemandeFiledByTheFirst() {
        Demande forChild = forFoyerMember(parent.id(), child.id());
        assertThat(authorizer
                        .decide(otherParentAccount, Action.COMPLETER, forChild)
                        .permitted())
                .isTrue();
    }

    @Test
    void aResponsableLegalActsForTheFoyerAndThemself() {
        assertThat(authorizer
                        .decide(parentAccount, Action.DEPOSER, forFoyerMember(parent.id(), foyer.id()))
                        .explanation())
                .isEqualTo("le compte " + parentAccount.id() + " agit pour son individu " + parent.id());
        assertThat(authorizer
                        .decide(otherParentAccount, Action.DEPOSER, forFoyerMember(parent.id(), foyer.id()))
                        .explanation())
                .isEqualTo("le compte " + otherParentAccount.id() + " est responsable légal du foyer " + foyer.id());
        assertThat(authorizer
                        .decide(parentAccount, Action.CONSULTER, DossierUsager.empty(foyer.id()))
                        .permitted())
                .isTrue();
    }

    @Test
    void aParentDoesNotActForTheOtherAdult() {
        Demande conjointsOwn = forFoyerMember(conjoint.id(), conjoint.id());
        AuthorizationDecision decision = authorizer.decide(parentAccount, Action.CONSULTER, conjointsOwn);
        assertThat(decision.permitted()).isFalse();
        assertThat(decision.reason()).isEqualTo(RefusalReason.SANS_MANDAT);
        assertThat(decision.explanation())
                .isEqualTo("le compte " + parentAccount.id() + " n'est responsable légal d'aucun foyer dont l'individu "
                        + conjoint.id() + " est enfant")
                .doesNotContain("Dupont", "Durand", "Famille");
        assertThat(journal.head()).isEmpty();
    }

    @Test
    void aConjointWhoIsNotResponsableLegalActsNeitherForTheChildNorForTheFoyer() {
        AuthorizationDecision forChild =
                authorizer.decide(conjointAccount, Action.DEPOSER, forFoyerMember(parent.id(), child.id()));
        assertThat(forChild.reason()).isEqualTo(RefusalReason.SANS_MANDAT);
        assertThat(forChild.explanation())
                .isEqualTo("le compte " + conjointAccount.id()
                        + " n'est responsable légal d'aucun foyer dont l'individu " + parent.id() + " est enfant ; "
                        + "le compte " + conjointAccount.id()
                        + " n'est responsable légal d'aucun foyer dont l'individu " + child.id() + " est enfant");
        AuthorizationDecision forFoyer =
                authorizer.decide(conjointAccount, Action.CONSULTER, DossierUsager.empty(foyer.id()));
        assertThat(forFoyer.reason()).isEqualTo(RefusalReason.SANS_MANDAT);
        assertThat(forFoyer.explanation())
                .isEqualTo("le compte " + conjointAccount.id() + " n'est pas responsable légal du foyer " + foyer.id());
    }

    @Test
    void anExMemberLosesTheMandateOnceRemovedFromTheFoyer() {
        Demande forChild = forFoyerMember(parent.id(), child.id());
        assertThat(authorizer
                        .decide(otherParentAccount, Action.CONSULTER, forChild)
                        .permitted())
                .isTrue();
        usagers.update(foyer.withoutMembre(otherParent.id()), 1);
        AuthorizationDecision decision = authorizer.decide(otherParentAccount, Action.CONSULTER, forChild);
        assertThat(decision.reason()).isEqualTo(RefusalReason.SANS_MANDAT);
        assertThat(decision.explanation())
                .contains(otherParentAccount.id().toString(), child.id().toString());
        assertThat(authorizer
                        .decide(otherParentAccount, Action.CONSULTER, DossierUsager.empty(foyer.id()))
                        .reason())
                .isEqualTo(RefusalReason.SANS_MANDAT);
    }

    @Test
    void aRepresentativeActsForTheirCompanyAndAssociationButNotForAnother() {
        Entreprise entreprise = new Entreprise(
                UsagerId.random(),
                Siret.parse("732 829 320 00074"),
                "Boulangerie du Marché SARL",
                List.of(Representant.personne("Dupont", List.of("Paul"), "gérant")
                        .withIndividu(parent.id())),
                null,
                Contact.NONE);
        Association association = new Association(
                UsagerId.random(),
                Rna.parse("W751012345"),
                null,
                "Club de tennis",
                List.of(Representant.personne("Martin", List.of("Anne"), "présidente")
                        .withIndividu(otherParent.id())),
                null,
                Contact.NONE);
        usagers.create(entreprise);
        usagers.create(association);

        assertThat(authorizer
                        .decide(parentAccount, Action.DEPOSER, forSelf(entreprise.id(), UsagerKind.ENTREPRISE))
                        .explanation())
                .isEqualTo("le compte " + parentAccount.id() + " représente l'entreprise " + entreprise.id());
        assertThat(authorizer
                        .decide(otherParentAccount, Action.COMPLETER, DossierUsager.empty(association.id()))
                        .permitted())
                .isTrue();

        AuthorizationDecision notRepresentative =
                authorizer.decide(otherParentAccount, Action.CONSULTER, DossierUsager.empty(entreprise.id()));
        assertThat(notRepresentative.reason()).isEqualTo(RefusalReason.SANS_MANDAT);
        assertThat(notRepresentative.explanation())
                .isEqualTo("le compte " + otherParentAccount.id() + " n'est pas représentant légal de l'entreprise "
                        + entreprise.id());
        assertThat(authorizer
                        .decide(parentAccount, Action.CONSULTER, DossierUsager.empty(association.id()))
                        .explanation())
                .isEqualTo("le compte " + parentAccount.id() + " n'est pas représentant légal de l'association "
                        + association.id());
    }

    @Test
    void aRepresentativeNotLinkedToAnIndividuGivesNoMandate() {
        Entreprise entreprise = new Entreprise(
                UsagerId.random(),
                Siret.parse("732 829 320 00074"),
                "Boulangerie du Marché SARL",
                List.of(Representant.personne("Dupont", List.of("Paul"), "gérant")),
                null,
                Contact.NONE);
        usagers.create(entreprise);
        assertThat(authorizer
                        .decide(parentAccount, Action.CONSULTER, DossierUsager.empty(entreprise.id()))
                        .reason())
                .isEqualTo(RefusalReason.SANS_MANDAT);
    }

    @Test
    void usagersNeitherInstructNorDecide() {
        Demande own = forFoyerMember(parent.id(), parent.id());
        for (Action action : List.of(Action.INSTRUIRE, Action.DECIDER)) {
            AuthorizationDecision decision = authorizer.decide(parentAccount, action, own);
            assertThat(decision.reason()).isEqualTo(RefusalReason.RESERVE_AUX_AGENTS);
            assertThat(decision.explanation())
                    .isEqualTo("le compte " + parentAccount.id() + " est un compte usager : l'action " + action
                            + " est réservée aux agents");
        }
    }

    @Test
    void anAgentActsOnTheDemandesOfItsOrganisationAndItsConsultationIsJournaled() {
        Demande demande = forFoyerMember(parent.id(), child.id());
        for (Action action : Action.values()) {
            assertThat(authorizer.decide(townAgent, action, demande).explanation())
                    .isEqualTo("le compte " + townAgent.id()
                            + " est agent de l'organisation mairie-maurepas, qui porte le téléservice "
                            + cantine.code());
        }
        List<JournalEntry> entries = journal.read(1, 100);
        assertThat(entries).hasSize(1);
        var event = entries.get(0).event();
        assertThat(event.action()).isEqualTo("demande.consultee");
        assertThat(event.subjectType()).isEqualTo("demande");
        assertThat(event.subjectId()).isEqualTo(demande.id().toString());
        assertThat(event.actor())
                .isEqualTo(Actor.agent("mairie-maurepas", townAgent.id().toString()));
        assertThat(event.at()).isEqualTo(NOW);
        assertThat(event.details())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "teleservice", cantine.code(),
                        "demandeur", parent.id().toString(),
                        "beneficiaire", child.id().toString()));
    }

    @Test
    void anAgentOfAnotherOrganisationIsRefusedAndNothingIsJournaled() {
        Account elsewhere = agent(AccountKind.AGENT, ELSEWHERE);
        Demande demande = forFoyerMember(parent.id(), child.id());
        AuthorizationDecision decision = authorizer.decide(elsewhere, Action.CONSULTER, demande);
        assertThat(decision.reason()).isEqualTo(RefusalReason.AUTRE_ORGANISATION);
        assertThat(decision.explanation())
                .isEqualTo("le téléservice " + cantine.code()
                        + " appartient à l'organisation mairie-maurepas, pas à l'organisation mairie-elancourt du compte "
                        + elsewhere.id());
        assertThat(authorizer
                        .decide(townAgent, Action.INSTRUIRE, demandeOn(aideSociale))
                        .reason())
                .isEqualTo(RefusalReason.AUTRE_ORGANISATION);
        assertThat(journal.head()).isEmpty();
    }

    @Test
    void anAgentAssignedToAServiceActsOnItsServicesTeleservicesOnly() {
        Account policeAgent = agent(AccountKind.AGENT, TOWN);
        Account unknownAgent = agent(AccountKind.AGENT, UNMAPPED);
        Teleservice police = serviceTeleservice("police-municipale-maurepas");
        teleservices.create(police);
        Authorizer byService = authorizer.withAgentServices(
                account -> account.equals(policeAgent.id()) || account.equals(unknownAgent.id())
                        ? Optional.of("police-municipale-maurepas")
                        : Optional.empty());
        Demande cantineDemande = forFoyerMember(parent.id(), child.id());

        AuthorizationDecision own = byService.decide(policeAgent, Action.INSTRUIRE, demandeOn(police));
        assertThat(own.permitted()).isTrue();
        assertThat(own.explanation())
                .isEqualTo("le compte " + policeAgent.id()
                        + " est agent de l'organisation police-municipale-maurepas, qui porte le téléservice "
                        + police.code());
        AuthorizationDecision other = byService.decide(policeAgent, Action.INSTRUIRE, cantineDemande);
        assertThat(other.reason()).isEqualTo(RefusalReason.AUTRE_ORGANISATION);
        assertThat(other.explanation())
                .isEqualTo("le téléservice " + cantine.code()
                        + " appartient à l'organisation mairie-maurepas, pas à l'organisation"
                        + " police-municipale-maurepas du compte " + policeAgent.id());
        // The agents not assigned to a service keep the code of their SIREN.
        assertThat(byService.decide(townAgent, Action.INSTRUIRE, cantineDemande).permitted())
                .isTrue();
        assertThat(byService
                        .decide(townAgent, Action.INSTRUIRE, demandeOn(police))
                        .reason())
                .isEqualTo(RefusalReason.AUTRE_ORGANISATION);
        // An agent of a town service is still an agent of the town for the dossiers usagers.
        assertThat(byService
                        .decide(policeAgent, Action.CONSULTER, DossierUsager.empty(parent.id()))
                        .permitted())
                .isTrue();
        // A service does not make an unknown SIREN known.
        assertThat(byService
                        .decide(unknownAgent, Action.INSTRUIRE, demandeOn(police))
                        .reason())
                .isEqualTo(RefusalReason.ORGANISATION_INCONNUE);
        // Without the assignment, the police agent is an agent of the town.
        assertThat(authorizer
                        .decide(policeAgent, Action.INSTRUIRE, cantineDemande)
                        .permitted())
                .isTrue();
    }

    @Test
    void aPartnerAgentActsOnItsOwnTeleservicesOnly() {
        Demande own = demandeOn(aideSociale);
        assertThat(authorizer.decide(partnerAgent, Action.DECIDER, own).permitted())
                .isTrue();
        assertThat(authorizer.decide(partnerAgent, Action.CONSULTER, own).permitted())
                .isTrue();
        assertThat(journal.head().orElseThrow().event().actor())
                .isEqualTo(Actor.partner("ccas-maurepas", partnerAgent.id().toString()));

        assertThat(authorizer
                        .decide(partnerAgent, Action.CONSULTER, forFoyerMember(parent.id(), child.id()))
                        .reason())
                .isEqualTo(RefusalReason.AUTRE_ORGANISATION);
        AuthorizationDecision dossier =
                authorizer.decide(partnerAgent, Action.CONSULTER, DossierUsager.empty(parent.id()));
        assertThat(dossier.reason()).isEqualTo(RefusalReason.DOSSIER_RESERVE_A_LA_COLLECTIVITE);
        assertThat(dossier.explanation())
                .contains(
                        partnerAgent.id().toString(),
                        "ccas-maurepas",
                        parent.id().toString());
        assertThat(journal.read(1, 100)).hasSize(1);
    }

    @Test
    void aTownAgentConsultingADossierIsJournaled() {
        assertThat(authorizer
                        .decide(townAgent, Action.COMPLETER, DossierUsager.empty(child.id()))
                        .permitted())
                .isTrue();
        assertThat(journal.head()).isEmpty();
        assertThat(authorizer
                        .decide(townAgent, Action.CONSULTER, DossierUsager.empty(child.id()))
                        .permitted())
                .isTrue();
        var event = journal.head().orElseThrow().event();
        assertThat(event.action()).isEqualTo("usager.consulte");
        assertThat(event.subjectType()).isEqualTo("usager");
        assertThat(event.subjectId()).isEqualTo(child.id().toString());
        assertThat(event.actor())
                .isEqualTo(Actor.agent("mairie-maurepas", townAgent.id().toString()));
        assertThat(journal.about("usager", child.id().toString())).hasSize(1);
    }

    @Test
    void usagersConsultationsAreNotJournaled() {
        authorizer.decide(parentAccount, Action.CONSULTER, forFoyerMember(parent.id(), child.id()));
        authorizer.decide(parentAccount, Action.CONSULTER, DossierUsager.empty(child.id()));
        assertThat(journal.head()).isEmpty();
    }

    @Test
    void withoutAJournalAnAgentIsStillDecidedFor() {
        Authorizer plain = Authorizer.create(
                account -> Optional.empty(),
                usagers,
                code -> teleservices.find(code).map(v -> v.value()),
                siren -> Optional.of("mairie-maurepas"));
        assertThat(plain.decide(townAgent, Action.CONSULTER, forFoyerMember(parent.id(), child.id()))
                        .permitted())
                .isTrue();
        assertThat(journal.head()).isEmpty();
    }

    @Test
    void aReadOnlyGrantConsultsButDoesNotDeposit() {
        Account grandParent = usagerAccount(UsagerId.random());
        Authorizer withGrant = authorizer.withReadOnlyGrants(List.of(new ReadOnlyGrant(grandParent.id(), child.id())));
        Demande forChild = forFoyerMember(parent.id(), child.id());
        assertThat(withGrant.decide(grandParent, Action.CONSULTER, forChild).explanation())
                .isEqualTo("le compte " + grandParent.id() + " a un accès en lecture seule à l'usager " + child.id());
        assertThat(withGrant
                        .decide(grandParent, Action.CONSULTER, DossierUsager.empty(child.id()))
                        .permitted())
                .isTrue();
        for (Action action : List.of(Action.DEPOSER, Action.COMPLETER)) {
            AuthorizationDecision refused = withGrant.decide(grandParent, action, forChild);
            assertThat(refused.reason()).isEqualTo(RefusalReason.LECTURE_SEULE);
            assertThat(refused.explanation())
                    .isEqualTo("le compte " + grandParent.id() + " n'a qu'un accès en lecture seule à l'usager "
                            + child.id() + " : l'action " + action + " lui est refusée");
        }
        assertThat(withGrant
                        .decide(grandParent, Action.COMPLETER, DossierUsager.empty(child.id()))
                        .reason())
                .isEqualTo(RefusalReason.LECTURE_SEULE);
        assertThat(withGrant
                        .decide(grandParent, Action.CONSULTER, DossierUsager.empty(parent.id()))
                        .reason())
                .isEqualTo(RefusalReason.SANS_MANDAT);
        assertThat(authorizer.decide(grandParent, Action.CONSULTER, forChild).reason())
                .isEqualTo(RefusalReason.SANS_MANDAT);
    }

    @Test
    void anInactiveAccountIsRefusedEverything() {
        for (AccountStatus status : EnumSet.complementOf(EnumSet.of(AccountStatus.ACTIVE))) {
            Account parentInactive = parentAccount.withStatus(status);
            Account agentInactive = townAgent.withStatus(status);
            Demande demande = forFoyerMember(parent.id(), parent.id());
            for (Account account : List.of(parentInactive, agentInactive)) {
                AuthorizationDecision decision = authorizer.decide(account, Action.CONSULTER, demande);
                assertThat(decision.reason()).isEqualTo(RefusalReason.COMPTE_INACTIF);
                assertThat(decision.explanation())
                        .isEqualTo("le compte " + account.id() + " n'est pas actif (" + status + ")");
                assertThat(authorizer
                                .decide(account, Action.CONSULTER, DossierUsager.empty(parent.id()))
                                .reason())
                        .isEqualTo(RefusalReason.COMPTE_INACTIF);
            }
        }
        assertThat(journal.head()).isEmpty();
    }

    @Test
    void aUsagerAccountLinkedToNoIndividuIsRefused() {
        Account unlinked = Account.newUsager(AccountId.random(), Email.parse("x@ville-test.fr"), NOW)
                .withStatus(AccountStatus.ACTIVE);
        AuthorizationDecision decision =
                authorizer.decide(unlinked, Action.CONSULTER, forFoyerMember(parent.id(), parent.id()));
        assertThat(decision.reason()).isEqualTo(RefusalReason.COMPTE_NON_RATTACHE);
        assertThat(decision.explanation())
                .isEqualTo("le compte usager " + unlinked.id() + " n'est rattaché à aucun individu");
        assertThat(authorizer
                        .decide(unlinked, Action.CONSULTER, DossierUsager.empty(parent.id()))
                        .reason())
                .isEqualTo(RefusalReason.COMPTE_NON_RATTACHE);
    }

    @Test
    void anAgentOfAnUnknownOrganisationIsRefused() {
        Account unknown = agent(AccountKind.AGENT, UNMAPPED);
        AuthorizationDecision decision =
                authorizer.decide(unknown, Action.CONSULTER, forFoyerMember(parent.id(), parent.id()));
        assertThat(decision.reason()).isEqualTo(RefusalReason.ORGANISATION_INCONNUE);
        assertThat(decision.explanation())
                .isEqualTo("l'organisation 552100554 du compte " + unknown.id() + " n'est pas connue du portail");
        assertThat(authorizer
                        .decide(unknown, Action.CONSULTER, DossierUsager.empty(parent.id()))
                        .reason())
                .isEqualTo(RefusalReason.ORGANISATION_INCONNUE);
        assertThat(journal.head()).isEmpty();
    }

    @Test
    void aDemandeOfATeleserviceOutOfTheCatalogueIsRefusedToAgents() {
        Teleservice gone = DemandeSamples.teleservice(Delay.ofCalendarDays(30), SilenceRule.ACCEPTATION);
        Demande demande = demandeOn(gone);
        AuthorizationDecision decision = authorizer.decide(townAgent, Action.CONSULTER, demande);
        assertThat(decision.reason()).isEqualTo(RefusalReason.TELESERVICE_INCONNU);
        assertThat(decision.explanation())
                .isEqualTo(
                        "le téléservice " + gone.code() + " de la demande " + demande.id() + " n'est pas au catalogue");
    }

    @Test
    void aUsagerNoLongerStoredGivesNoMandate() {
        Individu gone = individu("Petit");
        AuthorizationDecision decision =
                authorizer.decide(parentAccount, Action.CONSULTER, DossierUsager.empty(gone.id()));
        assertThat(decision.reason()).isEqualTo(RefusalReason.USAGER_INCONNU);
        assertThat(decision.explanation()).isEqualTo("l'usager " + gone.id() + " n'est pas connu");
    }

    @Test
    void aDossierHasNoDepositInstructionNorDecision() {
        for (Action action : List.of(Action.DEPOSER, Action.INSTRUIRE, Action.DECIDER)) {
            for (Account account : List.of(parentAccount, townAgent)) {
                AuthorizationDecision decision = authorizer.decide(account, action, DossierUsager.empty(parent.id()));
                assertThat(decision.reason()).isEqualTo(RefusalReason.ACTION_NON_APPLICABLE);
                assertThat(decision.explanation())
                        .isEqualTo("l'action " + action + " ne s'applique pas au dossier de l'usager " + parent.id());
            }
        }
    }

    @Test
    void aDecisionIsPermittedWithoutReasonOrRefusedWithOne() {
        assertThatThrownBy(() -> new AuthorizationDecision(true, RefusalReason.SANS_MANDAT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorizationDecision(false, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthorizationDecision.permit(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuthorizationDecision.refuse(RefusalReason.LECTURE_SEULE, "x")
                        .refusalReason())
                .contains(RefusalReason.LECTURE_SEULE);
    }

    @Test
    void reasonCodesAreStableAndDistinct() {
        assertThat(RefusalReason.SANS_MANDAT.code()).isEqualTo("mandat.absent");
        assertThat(EnumSet.allOf(RefusalReason.class).stream()
                        .map(RefusalReason::code)
                        .distinct())
                .hasSize(RefusalReason.values().length);
    }

    private Demande forFoyerMember(UsagerId demandeur, UsagerId beneficiary) {
        DraftRequest request = DraftRequest.forFoyerMember(
                cantine.code(), demandeur, foyer, beneficiary, Actor.usager(demandeur), Channel.INTERNET);
        return Demande.draft(DemandeId.random(), DemandeReference.parse("2026-000123"), request, cantine, NOW);
    }

    private Demande forSelf(UsagerId usager, UsagerKind kind) {
        DraftRequest request = new DraftRequest(
                cantine.code(), usager, usager, kind, Actor.usager(usager), Channel.INTERNET, Map.of(), List.of());
        return Demande.draft(DemandeId.random(), DemandeReference.parse("2026-000124"), request, cantine, NOW);
    }

    private Demande demandeOn(Teleservice teleservice) {
        return DemandeSamples.draft(teleservice, DemandeReference.parse("2026-000125"), LocalDate.of(2026, 3, 2));
    }

    private Account usagerAccount(UsagerId individu) {
        Account account = Account.newUsager(AccountId.random(), Email.parse("u@ville-test.fr"), NOW)
                .withStatus(AccountStatus.ACTIVE);
        links.put(account.id(), individu);
        return account;
    }

    private static Account agent(AccountKind kind, Siren organisation) {
        return Account.newAgent(AccountId.random(), kind, Email.parse("agent@ville-test.fr"), organisation, NOW)
                .withStatus(AccountStatus.ACTIVE);
    }

    private static Individu individu(String nom) {
        return Individu.builder()
                .id(UsagerId.random())
                .nomNaissance(nom)
                .prenoms("Camille")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(1985, 3, 14))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"))
                .build(CLOCK);
    }

    private static Teleservice serviceTeleservice(String organisationCode) {
        Teleservice town = DemandeSamples.teleservice(Delay.ofCalendarDays(15), SilenceRule.NONE);
        Organisation mairie = town.organisation();
        Organisation service =
                new Organisation(organisationCode, mairie.name(), OrganisationKind.TOWN, mairie.contact());
        return new Teleservice(
                "contact-police",
                "Contacter la police municipale",
                service,
                town.form(),
                town.pieces(),
                town.feeCents(),
                town.delay(),
                town.silenceRule(),
                town.channels(),
                town.calendar());
    }

    private static Teleservice partnerTeleservice() {
        Teleservice town = DemandeSamples.teleservice(Delay.ofCalendarDays(60), SilenceRule.REJET);
        Organisation mairie = town.organisation();
        Organisation ccas =
                new Organisation("ccas-maurepas", "CCAS de Maurepas", OrganisationKind.PARTNER, mairie.contact());
        return new Teleservice(
                town.code(),
                "Aide sociale facultative",
                ccas,
                town.form(),
                town.pieces(),
                town.feeCents(),
                town.delay(),
                town.silenceRule(),
                town.channels(),
                town.calendar());
    }
}
