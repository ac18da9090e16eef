package fr.eadmin.archive.spi;

import fr.eadmin.archive.elimination.EliminationProposal;
import fr.eadmin.archive.elimination.EliminationProposalId;
import fr.eadmin.archive.elimination.ProposalStatus;
import fr.eadmin.core.spi.Versioned;
import java.util.List;
import java.util.Optional;

/**
 * Keeps elimination proposals, with optimistic locking: each update names the version it was based on.
 * Implementations are thread-safe and must pass the contract tests of {@code e-admin-test}.
 */
public interface EliminationProposalStore {
    /**
     * Stores a new proposal.
     *
     * @param proposal the proposal
     * @return it at version 1
     * @throws fr.eadmin.core.DuplicateKeyException if a proposal with this id exists
     */
    Versioned<EliminationProposal> create(EliminationProposal proposal);

    /**
     * A proposal by id.
     *
     * @param id the id
     * @return it with its version, or empty
     */
    Optional<Versioned<EliminationProposal>> find(EliminationProposalId id);

    /**
     * Replaces a proposal.
     *
     * @param proposal the new state
     * @param expectedVersion the version the change was based on
     * @return it at the next version
     * @throws fr.eadmin.core.NotFoundException if there is no such proposal
     * @throws fr.eadmin.core.ConcurrentUpdateException if the stored version is another one; nothing changes
     */
    Versioned<EliminationProposal> update(EliminationProposal proposal, long expectedVersion);

    /**
     * The proposals in a status, oldest first.
     *
     * @param status the status
     * @return the proposals
     */
    List<Versioned<EliminationProposal>> findByStatus(ProposalStatus status);
}
