package fr.eadmin.archive.elimination;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.archive.memory.InMemoryEliminationProposalStore;
import fr.eadmin.archive.retention.FinalFate;
import fr.eadmin.archive.spi.PurgeOutcome;
import fr.eadmin.core.EAdminException;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.spi.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EliminationWorkflowProperties {
    enum Step {
        APPROVE,
        REJECT,
        EXECUTE,
        APPROVE_STALE
    }

    @Property(tries = 200)
    void nothingIsEverPurgedWithoutAnApprovalAndEveryPurgeIsJournaled(
            @ForAll @Size(max = 12) List<Step> steps, @ForAll @IntRange(min = 1, max = 3) int proposals) {
        MutableClock clock = MutableClock.at(Instant.parse("2036-04-01T08:00:00Z"));
        InMemoryEliminationProposalStore store = InMemoryEliminationProposalStore.create();
        InMemoryJournal journal = InMemoryJournal.create();
        List<EliminationItem> purged = new ArrayList<>();
        EliminationService service = EliminationService.create(
                store,
                item -> {
                    purged.add(item);
                    return PurgeOutcome.PURGED;
                },
                journal,
                clock);
        List<EliminationProposalId> ids = new ArrayList<>();
        for (int i = 0; i < proposals; i++) {
            ids.addAll(service
                    .propose(
                            List.of(EliminationServiceTest.due("demande", "d-" + i, "DUA-" + i, FinalFate.DESTROY)),
                            EliminationServiceTest.AGENT)
                    .stream()
                    .map(p -> p.value().id())
                    .toList());
        }
        Set<EliminationProposalId> approvedOnce = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            EliminationProposalId id = ids.get(i % ids.size());
            Versioned<EliminationProposal> current = store.find(id).orElseThrow();
            clock.advance(Duration.ofMinutes(1));
            try {
                switch (steps.get(i)) {
                    case APPROVE -> {
                        service.approve(id, current.version(), EliminationServiceTest.ARCHIVIST);
                        approvedOnce.add(id);
                    }
                    case REJECT -> service.reject(id, current.version(), EliminationServiceTest.ARCHIVIST, null);
                    case EXECUTE -> service.execute(id, current.version(), EliminationServiceTest.AGENT);
                    case APPROVE_STALE -> service.approve(id, current.version() + 1, EliminationServiceTest.ARCHIVIST);
                }
            } catch (EAdminException refused) {
                // Refusals are part of the workflow; the invariants below say that they changed nothing.
            }
        }

        for (EliminationProposalId id : ids) {
            EliminationProposal proposal = store.find(id).orElseThrow().value();
            boolean executed = proposal.status() == ProposalStatus.EXECUTED;
            assertThat(purged.stream().filter(p -> proposal.items().contains(p)).count())
                    .isEqualTo(executed ? proposal.items().size() : 0);
            if (executed) {
                assertThat(approvedOnce).contains(id);
                assertThat(proposal.decidedBy()).isEqualTo(EliminationServiceTest.ARCHIVIST);
            }
        }
        long purgeEvents = journal.read(1, 1000).stream()
                .filter(e -> e.event().action().equals("archive.elimination.purge"))
                .count();
        assertThat(purgeEvents).isEqualTo(purged.size());
        assertThat(journal.verify().isValid()).isTrue();
    }
}
