package fr.eadmin.archive.memory;

import fr.eadmin.archive.elimination.EliminationProposal;
import fr.eadmin.archive.elimination.EliminationProposalId;
import fr.eadmin.archive.elimination.ProposalStatus;
import fr.eadmin.archive.spi.EliminationProposalStore;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.spi.Versioned;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Elimination proposals in memory, for tests and demonstrations. Thread-safe. */
public final class InMemoryEliminationProposalStore implements EliminationProposalStore {
    private static final String AGGREGATE = "elimination-proposal";

    private final ConcurrentMap<EliminationProposalId, Versioned<EliminationProposal>> proposals =
            new ConcurrentHashMap<>();

    private InMemoryEliminationProposalStore() {}

    /**
     * An empty store.
     *
     * @return the store
     */
    public static InMemoryEliminationProposalStore create() {
        return new InMemoryEliminationProposalStore();
    }

    @Override
    public Versioned<EliminationProposal> create(EliminationProposal proposal) {
        Objects.requireNonNull(proposal, "proposal");
        Versioned<EliminationProposal> stored = new Versioned<>(proposal, 1);
        if (proposals.putIfAbsent(proposal.id(), stored) != null) {
            throw new DuplicateKeyException(AGGREGATE, proposal.id().toString());
        }
        return stored;
    }

    @Override
    public Optional<Versioned<EliminationProposal>> find(EliminationProposalId id) {
        return Optional.ofNullable(proposals.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Versioned<EliminationProposal> update(EliminationProposal proposal, long expectedVersion) {
        Objects.requireNonNull(proposal, "proposal");
        Versioned<EliminationProposal> next = new Versioned<>(proposal, Math.max(1, expectedVersion + 1));
        Versioned<EliminationProposal> result = proposals.compute(proposal.id(), (id, current) -> {
            if (current == null) {
                throw new NotFoundException(AGGREGATE, id.toString());
            }
            if (current.version() != expectedVersion) {
                throw new ConcurrentUpdateException(AGGREGATE, id.toString(), expectedVersion);
            }
            return next;
        });
        return Objects.requireNonNull(result);
    }

    @Override
    public List<Versioned<EliminationProposal>> findByStatus(ProposalStatus status) {
        Objects.requireNonNull(status, "status");
        return proposals.values().stream()
                .filter(p -> p.value().status() == status)
                .sorted(Comparator.comparing(
                                (Versioned<EliminationProposal> p) -> p.value().proposedAt())
                        .thenComparing(p -> p.value().id().value()))
                .toList();
    }
}
