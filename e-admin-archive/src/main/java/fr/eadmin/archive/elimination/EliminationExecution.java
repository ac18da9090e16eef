package fr.eadmin.archive.elimination;

import fr.eadmin.archive.spi.PurgeOutcome;
import fr.eadmin.core.spi.Versioned;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of executing an approved proposal.
 *
 * @param proposal the proposal, now {@link ProposalStatus#EXECUTED}
 * @param outcomes what the purge did to each item, in the proposal's order
 */
public record EliminationExecution(Versioned<EliminationProposal> proposal, List<ItemOutcome> outcomes) {
    /** Checks the values. */
    public EliminationExecution {
        Objects.requireNonNull(proposal, "proposal");
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The items the purger could not handle, which the application must purge by other means.
     *
     * @return the unsupported items
     */
    public List<EliminationItem> unsupported() {
        return outcomes.stream()
                .filter(o -> o.outcome() == PurgeOutcome.UNSUPPORTED)
                .map(ItemOutcome::item)
                .toList();
    }
}
