package fr.eadmin.archive.elimination;

import fr.eadmin.archive.ArchiveException;
import java.io.Serial;

/** A decision or an execution was asked of a proposal in a status that does not allow it. Nothing changed. */
public final class InvalidProposalTransitionException extends ArchiveException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #proposal()}. */
    private final EliminationProposalId proposal;
    /** See {@link #from()}. */
    private final ProposalStatus from;
    /** See {@link #to()}. */
    private final ProposalStatus to;

    /**
     * Creates the exception.
     *
     * @param proposal the proposal
     * @param from its current status
     * @param to the status asked for
     */
    public InvalidProposalTransitionException(EliminationProposalId proposal, ProposalStatus from, ProposalStatus to) {
        super("elimination proposal " + proposal + " cannot go from " + from + " to " + to, null);
        this.proposal = proposal;
        this.from = from;
        this.to = to;
    }

    /** {@return the proposal} */
    public EliminationProposalId proposal() {
        return proposal;
    }

    /** {@return its current status} */
    public ProposalStatus from() {
        return from;
    }

    /** {@return the status asked for} */
    public ProposalStatus to() {
        return to;
    }
}
