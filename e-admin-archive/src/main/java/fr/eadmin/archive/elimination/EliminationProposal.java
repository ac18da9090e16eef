package fr.eadmin.archive.elimination;

import fr.eadmin.core.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A proposal to eliminate records whose DUA ran out under a destroy rule, for the archive service's approval
 * (visa). A proposal never deletes anything by itself: only an approved proposal is executed.
 *
 * @param id the technical id
 * @param rule the code of the retention rule
 * @param items the records, at least one
 * @param proposedAt when it was proposed
 * @param proposedBy who proposed it
 * @param status where it stands
 * @param decidedBy who approved or rejected it, or null while proposed
 * @param decidedAt when, or null while proposed
 * @param reason the code of the reason given with the decision (no free text), or null
 * @param executedAt when it was executed, or null
 */
public record EliminationProposal(
        EliminationProposalId id,
        String rule,
        List<EliminationItem> items,
        Instant proposedAt,
        Actor proposedBy,
        ProposalStatus status,
        @Nullable Actor decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String reason,
        @Nullable Instant executedAt) {
    private static final Pattern REASON = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /**
     * Checks the values and that the decision fields agree with the status.
     *
     * @throws IllegalArgumentException if they do not
     */
    public EliminationProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a proposal has at least one item");
        }
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(status, "status");
        boolean decided = status != ProposalStatus.PROPOSED;
        if (decided != (decidedBy != null && decidedAt != null)) {
            throw new IllegalArgumentException(
                    "a decided proposal names who decided and when, a proposed one does not");
        }
        if ((status == ProposalStatus.EXECUTED) != (executedAt != null)) {
            throw new IllegalArgumentException("only an executed proposal has an execution time");
        }
        if (reason != null && !REASON.matcher(reason).matches()) {
            throw new IllegalArgumentException("a reason is a code: letters, digits, '.', '_' or '-'");
        }
    }

    /**
     * A new proposal.
     *
     * @param id the id
     * @param rule the rule's code
     * @param items the records
     * @param at when
     * @param by who proposes
     * @return the proposal, {@link ProposalStatus#PROPOSED}
     */
    public static EliminationProposal propose(
            EliminationProposalId id, String rule, List<EliminationItem> items, Instant at, Actor by) {
        return new EliminationProposal(id, rule, items, at, by, ProposalStatus.PROPOSED, null, null, null, null);
    }

    /**
     * The proposal approved.
     *
     * @param by the archivist who approves
     * @param at when
     * @return the approved proposal
     * @throws InvalidProposalTransitionException if it is not proposed
     */
    public EliminationProposal approve(Actor by, Instant at) {
        return decide(ProposalStatus.APPROVED, by, at, null);
    }

    /**
     * The proposal rejected.
     *
     * @param by the archivist who rejects
     * @param at when
     * @param reasonCode the reason's code, or null
     * @return the rejected proposal
     * @throws InvalidProposalTransitionException if it is not proposed
     */
    public EliminationProposal reject(Actor by, Instant at, @Nullable String reasonCode) {
        return decide(ProposalStatus.REJECTED, by, at, reasonCode);
    }

    private EliminationProposal decide(ProposalStatus to, Actor by, Instant at, @Nullable String reasonCode) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (status != ProposalStatus.PROPOSED) {
            throw new InvalidProposalTransitionException(id, status, to);
        }
        return new EliminationProposal(id, rule, items, proposedAt, proposedBy, to, by, at, reasonCode, null);
    }

    /**
     * The proposal carried out.
     *
     * @param at when
     * @return the executed proposal
     * @throws InvalidProposalTransitionException if it is not approved
     */
    public EliminationProposal executed(Instant at) {
        Objects.requireNonNull(at, "at");
        if (status != ProposalStatus.APPROVED) {
            throw new InvalidProposalTransitionException(id, status, ProposalStatus.EXECUTED);
        }
        return new EliminationProposal(
                id, rule, items, proposedAt, proposedBy, ProposalStatus.EXECUTED, decidedBy, decidedAt, reason, at);
    }
}
