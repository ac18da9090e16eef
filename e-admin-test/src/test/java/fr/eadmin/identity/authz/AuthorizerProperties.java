package fr.eadmin.identity.authz;

import static org.assertj.core.api.Assertions.assertThat;

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
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.memory.InMemoryTeleserviceStore;
import fr.eadmin.core.memory.InMemoryUsagerStore;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.AccountStatus;
import fr.eadmin.test.contract.DemandeSamples;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class AuthorizerProperties {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));

    /**
     * In any foyer, a member's account acts for another member's own demandes and dossier exactly when it is a
     * responsable légal and the other a child, and for the foyer exactly when it is a responsable légal;
     * agents' decisions aside, nothing is journaled.
     */
    @Property(tries = 200)
    void aMemberActsForAnotherExactlyWhenResponsableLegalOfAChild(
            @ForAll @Size(min = 1, max = 6) List<RoleFoyer> otherRoles) {
        InMemoryUsagerStore usagers = InMemoryUsagerStore.create();
        InMemoryTeleserviceStore teleservices = InMemoryTeleserviceStore.create();
        InMemoryJournal journal = InMemoryJournal.create();
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofCalendarDays(30), SilenceRule.ACCEPTATION);
        teleservices.create(teleservice);
        Map<AccountId, UsagerId> links = new HashMap<>();
        Authorizer authorizer = Authorizer.create(
                        account -> Optional.ofNullable(links.get(account)),
                        usagers,
                        teleservices,
                        siren -> Optional.empty())
                .withJournal(journal, CLOCK);

        List<RoleFoyer> roles = new ArrayList<>();
        roles.add(RoleFoyer.RESPONSABLE_LEGAL);
        roles.addAll(otherRoles);
        List<MembreFoyer> membres = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        for (RoleFoyer role : roles) {
            Individu individu = individu();
            usagers.create(individu);
            membres.add(new MembreFoyer(individu.id(), role));
            Account account = Account.newUsager(AccountId.random(), Email.parse("u@ville-test.fr"), NOW)
                    .withStatus(AccountStatus.ACTIVE);
            links.put(account.id(), individu.id());
            accounts.add(account);
        }
        Foyer foyer = new Foyer(UsagerId.random(), "Foyer", membres, null, null);
        usagers.create(foyer);

        for (int m = 0; m < roles.size(); m++) {
            Account account = accounts.get(m);
            boolean responsable = roles.get(m) == RoleFoyer.RESPONSABLE_LEGAL;
            assertThat(authorizer
                            .decide(account, Action.CONSULTER, DossierUsager.empty(foyer.id()))
                            .permitted())
                    .isEqualTo(responsable);
            for (int x = 0; x < roles.size(); x++) {
                UsagerId other = membres.get(x).individu();
                boolean expected = m == x || (responsable && roles.get(x) == RoleFoyer.ENFANT);
                AuthorizationDecision decision =
                        authorizer.decide(account, Action.DEPOSER, own(teleservice, foyer, other));
                assertThat(decision.permitted()).isEqualTo(expected);
                assertThat(decision.reason()).isEqualTo(expected ? null : RefusalReason.SANS_MANDAT);
                assertThat(decision.explanation()).contains(account.id().toString());
            }
        }
        assertThat(journal.head()).isEmpty();
    }

    private static Demande own(Teleservice teleservice, Foyer foyer, UsagerId member) {
        DraftRequest request = DraftRequest.forFoyerMember(
                teleservice.code(), member, foyer, member, Actor.usager(member), Channel.INTERNET);
        return Demande.draft(DemandeId.random(), DemandeReference.parse("2026-000001"), request, teleservice, NOW);
    }

    private static Individu individu() {
        return Individu.builder()
                .id(UsagerId.random())
                .nomNaissance("Petit")
                .prenoms("Camille")
                .sexe(Sexe.MASCULIN)
                .dateNaissance(LocalDate.of(1990, 1, 1))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"))
                .build(CLOCK);
    }
}
