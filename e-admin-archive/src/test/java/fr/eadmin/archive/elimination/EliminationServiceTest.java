package fr.eadmin.archive.elimination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.archive.memory.InMemoryEliminationProposalStore;
import fr.eadmin.archive.retention.ClosedRecord;
import fr.eadmin.archive.retention.DueRecord;
import fr.eadmin.archive.retention.FinalFate;
import fr.eadmin.archive.retention.RetentionRule;
import fr.eadmin.archive.retention.StartEvent;
import fr.eadmin.archive.spi.PurgeOutcome;
import fr.eadmin.core.Actor;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.memory.InMemoryDossierStore;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.memory.InMemoryUsagerStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.core.usager.Usager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EliminationServiceTest {
    static final Actor AGENT = Actor.agent("mairie-maurepas", "a-1042");
    static final Actor ARCHIVIST = Actor.partner("ad78", "archiviste-7");

    final MutableClock clock = MutableClock.at(Instant.parse("2036-04-01T08:00:00Z"));
    final InMemoryEliminationProposalStore store = InMemoryEliminationProposalStore.create();
    final InMemoryUsagerStore usagers = InMemoryUsagerStore.create();
    final InMemoryDossierStore dossiers = InMemoryDossierStore.create();
    final InMemoryJournal journal = InMemoryJournal.create();
    final EliminationService service =
            EliminationService.create(store, CoreStoresPurger.of(usagers, dossiers), journal, clock);

    static DueRecord due(String type, String id, String rule, FinalFate fate) {
        RetentionRule retention = new RetentionRule(rule, rule, Period.ofYears(10), StartEvent.CLOSURE, fate);
        LocalDate start = LocalDate.of(2026, 3, 20);
        return new DueRecord(
                new ClosedRecord(type, id, "inscription-scolaire", Map.of(StartEvent.CLOSURE, start)),
                retention,
                start,
                retention.dueDate(start));
    }

    Usager storedUsager() {
        Individu individu = Individu.builder()
                .nomNaissance("Martin")
                .prenoms("Léa")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(2015, 5, 4))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("78383"), "Maurepas"))
                .build(clock);
        usagers.create(individu);
        dossiers.create(DossierUsager.empty(individu.id()));
        return individu;
    }

    @Test
    void onlyDestroyFatesBecomeProposalsOnePerRule() {
        List<Versioned<EliminationProposal>> proposals = service.propose(
                List.of(
                        due("demande", "d-1", "DUA-B", FinalFate.DESTROY),
                        due("demande", "d-2", "DUA-A", FinalFate.DESTROY),
                        due("demande", "d-3", "DUA-B", FinalFate.DESTROY),
                        due("demande", "d-4", "DUA-K", FinalFate.KEEP),
                        due("demande", "d-5", "DUA-S", FinalFate.SORT)),
                AGENT);

        assertThat(proposals).extracting(p -> p.value().rule()).containsExactly("DUA-A", "DUA-B");
        assertThat(proposals.get(1).value().items())
                .extracting(EliminationItem::subjectId)
                .containsExactly("d-1", "d-3");
        assertThat(proposals).allSatisfy(p -> {
            assertThat(p.value().status()).isEqualTo(ProposalStatus.PROPOSED);
            assertThat(p.version()).isEqualTo(1);
        });
        assertThat(store.findByStatus(ProposalStatus.PROPOSED)).hasSize(2);
        assertThat(journal.read(1, 10))
                .extracting(e -> e.event().action())
                .containsExactly("archive.elimination.proposee", "archive.elimination.proposee");
    }

    @Test
    void anApprovedProposalPurgesTheUsagerAndJournalsIdsOnly() {
        Usager usager = storedUsager();
        Versioned<EliminationProposal> proposed = service.propose(
                        List.of(due("usager", usager.id().toString(), "DUA-A", FinalFate.DESTROY)), AGENT)
                .get(0);
        EliminationProposalId id = proposed.value().id();

        Versioned<EliminationProposal> approved = service.approve(id, 1, ARCHIVIST);
        assertThat(approved.value().decidedBy()).isEqualTo(ARCHIVIST);
        assertThat(usagers.find(usager.id())).isPresent();

        EliminationExecution done = service.execute(id, approved.version(), AGENT);

        assertThat(done.outcomes()).extracting(ItemOutcome::outcome).containsExactly(PurgeOutcome.PURGED);
        assertThat(done.proposal().value().status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(usagers.find(usager.id())).isEmpty();
        assertThat(dossiers.find(usager.id())).isEmpty();
        List<JournalEntry> purge = journal.about("usager", usager.id().toString());
        assertThat(purge).singleElement().satisfies(e -> {
            assertThat(e.event().action()).isEqualTo("archive.elimination.purge");
            assertThat(e.event().details())
                    .containsEntry("proposal", id.toString())
                    .containsEntry("outcome", "PURGED");
        });
        assertThat(journal.verify().isValid()).isTrue();
        assertThat(journal.read(1, 100).toString()).doesNotContain("Martin").doesNotContain("Léa");
    }

    @Test
    void aProposalIsNeverExecutedWithoutApproval() {
        Usager usager = storedUsager();
        EliminationProposalId id = service.propose(
                        List.of(due("usager", usager.id().toString(), "DUA-A", FinalFate.DESTROY)), AGENT)
                .get(0)
                .value()
                .id();

        assertThatThrownBy(() -> service.execute(id, 1, AGENT)).isInstanceOf(InvalidProposalTransitionException.class);

        service.reject(id, 1, ARCHIVIST, "interet-historique");
        assertThatThrownBy(() -> service.execute(id, 2, AGENT))
                .isInstanceOfSatisfying(InvalidProposalTransitionException.class, e -> assertThat(e.from())
                        .isEqualTo(ProposalStatus.REJECTED));
        assertThatThrownBy(() -> service.approve(id, 2, ARCHIVIST))
                .isInstanceOf(InvalidProposalTransitionException.class);
        assertThat(usagers.find(usager.id())).isPresent();
    }

    @Test
    void decisionsOnAStaleVersionAreRefused() {
        EliminationProposalId id = service.propose(List.of(due("demande", "d-1", "DUA-A", FinalFate.DESTROY)), AGENT)
                .get(0)
                .value()
                .id();
        service.approve(id, 1, ARCHIVIST);
        assertThatThrownBy(() -> service.reject(id, 1, ARCHIVIST, null)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> service.approve(EliminationProposalId.generate(clock), 1, ARCHIVIST))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void demandesAreReportedUnsupportedByCoreStoresAndPurgingTwiceIsHarmless() {
        Usager usager = storedUsager();
        EliminationProposalId id = service.propose(
                        List.of(
                                due("demande", "d-1", "DUA-A", FinalFate.DESTROY),
                                due("usager", usager.id().toString(), "DUA-A", FinalFate.DESTROY)),
                        AGENT)
                .get(0)
                .value()
                .id();
        service.approve(id, 1, ARCHIVIST);

        EliminationExecution done = service.execute(id, 2, AGENT);

        assertThat(done.unsupported()).extracting(EliminationItem::subjectId).containsExactly("d-1");
        CoreStoresPurger purger = CoreStoresPurger.of(usagers, dossiers);
        assertThat(purger.purge(done.outcomes().get(1).item())).isEqualTo(PurgeOutcome.ALREADY_ABSENT);
    }

    @Test
    void proposalsCheckTheirFields() {
        EliminationItem item = EliminationItem.of(due("demande", "d-1", "A", FinalFate.DESTROY));
        EliminationProposalId id = EliminationProposalId.generate(clock);
        assertThatThrownBy(() -> EliminationProposal.propose(id, "A", List.of(), clock.instant(), AGENT))
                .isInstanceOf(IllegalArgumentException.class);
        EliminationProposal proposal = EliminationProposal.propose(id, "A", List.of(item), clock.instant(), AGENT);
        assertThatThrownBy(() -> proposal.reject(ARCHIVIST, clock.instant(), "free text with spaces"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EliminationItem("Demande", "d-1", "t", LocalDate.of(2036, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EliminationItem("demande", "Léa Martin", "t", LocalDate.of(2036, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EliminationProposalId.parse(id.toString())).isEqualTo(id);
        assertThat(id.value().version()).isEqualTo(7);
    }
}
