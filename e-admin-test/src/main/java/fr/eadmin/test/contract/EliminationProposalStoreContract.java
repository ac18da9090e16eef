package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.archive.elimination.EliminationItem;
import fr.eadmin.archive.elimination.EliminationProposal;
import fr.eadmin.archive.elimination.EliminationProposalId;
import fr.eadmin.archive.elimination.ProposalStatus;
import fr.eadmin.archive.spi.EliminationProposalStore;
import fr.eadmin.core.Actor;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.spi.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EliminationProposalStore} must pass: extend it and implement {@link #newStore()}
 * (a fresh, empty store, or one where the ids of earlier tests do not collide).
 */
public abstract class EliminationProposalStoreContract extends StoreContract<EliminationProposalStore> {
    private static final Instant AT = Instant.parse("2036-04-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneId.of("Europe/Paris"));
    private static final Actor AGENT = Actor.agent("mairie-maurepas", "a-1042");
    private static final Actor ARCHIVIST = Actor.partner("ad78", "archiviste-7");

    /** For subclasses. */
    protected EliminationProposalStoreContract() {}

    private static EliminationProposal proposal(Instant at, int items) {
        List<EliminationItem> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(new EliminationItem("demande", "d-" + i, "inscription-scolaire", LocalDate.of(2036, 3, 20)));
        }
        return EliminationProposal.propose(EliminationProposalId.generate(CLOCK), "DUA-SCOLAIRE", list, at, AGENT);
    }

    @Test
    void createsAtVersionOneAndFindsItBackEqual() {
        EliminationProposal proposal = proposal(AT, 3);
        assertThat(store().create(proposal)).isEqualTo(new Versioned<>(proposal, 1));
        assertThat(store().find(proposal.id())).contains(new Versioned<>(proposal, 1));
        assertThat(store().find(EliminationProposalId.generate(CLOCK))).isEmpty();
    }

    @Test
    void refusesASecondProposalWithTheSameId() {
        EliminationProposal proposal = proposal(AT, 1);
        store().create(proposal);
        assertThatThrownBy(() -> store().create(proposal)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void keepsEveryFieldOfADecidedAndExecutedProposal() {
        EliminationProposal proposal = proposal(AT, 2);
        store().create(proposal);
        EliminationProposal rejected = proposal.reject(ARCHIVIST, AT.plusSeconds(60), "interet-historique");
        store().update(rejected, 1);
        assertThat(store().find(proposal.id())).contains(new Versioned<>(rejected, 2));

        EliminationProposal other = proposal(AT, 1);
        store().create(other);
        EliminationProposal executed =
                other.approve(ARCHIVIST, AT.plusSeconds(1)).executed(AT.plusSeconds(2));
        store().update(executed, 1);
        assertThat(store().find(other.id())).contains(new Versioned<>(executed, 2));
    }

    @Test
    void updatesOnlyFromTheCurrentVersion() {
        EliminationProposal proposal = proposal(AT, 1);
        store().create(proposal);
        EliminationProposal approved = proposal.approve(ARCHIVIST, AT);
        assertThat(store().update(approved, 1).version()).isEqualTo(2);

        assertThatThrownBy(() -> store().update(proposal.reject(ARCHIVIST, AT, null), 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.expectedVersion())
                        .isEqualTo(1));
        assertThat(store().find(proposal.id())).contains(new Versioned<>(approved, 2));
    }

    @Test
    void refusesToUpdateAnUnknownProposal() {
        assertThatThrownBy(() -> store().update(proposal(AT, 1), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findsByStatusOldestFirst() {
        EliminationProposal later = proposal(AT.plusSeconds(3600), 1);
        EliminationProposal earlier = proposal(AT, 1);
        EliminationProposal decided = proposal(AT, 1);
        store().create(later);
        store().create(earlier);
        store().create(decided);
        store().update(decided.approve(ARCHIVIST, AT), 1);

        List<EliminationProposalId> proposed = store().findByStatus(ProposalStatus.PROPOSED).stream()
                .map(p -> p.value().id())
                .filter(id -> id.equals(later.id()) || id.equals(earlier.id()))
                .toList();
        assertThat(proposed).containsExactly(earlier.id(), later.id());
        assertThat(store().findByStatus(ProposalStatus.APPROVED))
                .extracting(p -> p.value().id())
                .contains(decided.id())
                .doesNotContain(earlier.id());
    }

    @Test
    void exactlyOneOfConcurrentDecisionsWins() throws Exception {
        EliminationProposal proposal = proposal(AT, 1);
        store().create(proposal);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            EliminationProposal decision =
                    i % 2 == 0 ? proposal.approve(ARCHIVIST, AT) : proposal.reject(ARCHIVIST, AT, null);
            tasks.add(() -> {
                try {
                    store().update(decision, 1);
                    return true;
                } catch (ConcurrentUpdateException e) {
                    return false;
                }
            });
        }
        List<Boolean> won = Concurrency.runTogether(tasks);
        assertThat(won).containsOnlyOnce(true);
        assertThat(store().find(proposal.id()).orElseThrow().version()).isEqualTo(2);
    }
}
