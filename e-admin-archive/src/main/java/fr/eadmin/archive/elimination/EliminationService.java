package fr.eadmin.archive.elimination;

import fr.eadmin.archive.retention.DueRecord;
import fr.eadmin.archive.retention.FinalFate;
import fr.eadmin.archive.spi.EliminationProposalStore;
import fr.eadmin.archive.spi.OperationalDataPurger;
import fr.eadmin.archive.spi.PurgeOutcome;
import fr.eadmin.core.Actor;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.core.spi.Versioned;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The elimination workflow: records due under a destroy rule become proposals (one per rule), which the
 * archive service approves or rejects; only an approved proposal is executed, through the application's
 * {@link OperationalDataPurger}, and every step is written to the traceability journal (ids only).
 *
 * {@snippet :
 * EliminationService eliminations = EliminationService.create(store, purger, journal, clock);
 * List<Versioned<EliminationProposal>> proposals = eliminations.propose(assessment.due(FinalFate.DESTROY), agent);
 * eliminations.approve(proposals.get(0).value().id(), proposals.get(0).version(), archivist);
 * EliminationExecution done = eliminations.execute(id, 2, agent);
 * }
 *
 * <p>Thread-safe; concurrent decisions on one proposal are refused by optimistic locking.
 */
public final class EliminationService {
    /** The journal's subject type for proposals. */
    public static final String SUBJECT_TYPE = "elimination-proposal";

    private static final Logger LOG = LoggerFactory.getLogger(EliminationService.class);

    private final EliminationProposalStore store;
    private final OperationalDataPurger purger;
    private final Journal journal;
    private final Clock clock;

    private EliminationService(
            EliminationProposalStore store, OperationalDataPurger purger, Journal journal, Clock clock) {
        this.store = store;
        this.purger = purger;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * A service.
     *
     * @param store the store of proposals
     * @param purger the purge of operational data
     * @param journal the traceability journal
     * @param clock the clock
     * @return the service
     */
    public static EliminationService create(
            EliminationProposalStore store, OperationalDataPurger purger, Journal journal, Clock clock) {
        return new EliminationService(
                Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(purger, "purger"),
                Objects.requireNonNull(journal, "journal"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Proposes the due records whose fate is destruction, one proposal per rule. Records of other fates are
     * ignored: they are transferred (keep) or sorted by the archivist (sort).
     *
     * @param due the due records
     * @param by who proposes
     * @return the new proposals, in order of rule code
     */
    public List<Versioned<EliminationProposal>> propose(List<DueRecord> due, Actor by) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(by, "by");
        Map<String, List<EliminationItem>> byRule = new LinkedHashMap<>();
        due.stream()
                .filter(d -> d.fate() == FinalFate.DESTROY)
                .sorted((a, b) -> a.rule().code().compareTo(b.rule().code()))
                .forEach(d -> byRule.computeIfAbsent(d.rule().code(), k -> new ArrayList<>())
                        .add(EliminationItem.of(d)));
        List<Versioned<EliminationProposal>> created = new ArrayList<>();
        for (Map.Entry<String, List<EliminationItem>> rule : byRule.entrySet()) {
            EliminationProposal proposal = EliminationProposal.propose(
                    EliminationProposalId.generate(clock), rule.getKey(), rule.getValue(), clock.instant(), by);
            Versioned<EliminationProposal> stored = store.create(proposal);
            trace(
                    by,
                    "archive.elimination.proposee",
                    proposal,
                    Map.of(
                            "rule",
                            proposal.rule(),
                            "items",
                            Integer.toString(proposal.items().size())));
            created.add(stored);
        }
        return created;
    }

    /**
     * Approves a proposal.
     *
     * @param id the proposal
     * @param expectedVersion the version the archivist saw
     * @param by the archivist
     * @return the approved proposal
     * @throws NotFoundException if there is no such proposal
     * @throws ConcurrentUpdateException if it changed since that version
     * @throws InvalidProposalTransitionException if it is not proposed
     */
    public Versioned<EliminationProposal> approve(EliminationProposalId id, long expectedVersion, Actor by) {
        EliminationProposal current = load(id, expectedVersion);
        Versioned<EliminationProposal> stored = store.update(current.approve(by, clock.instant()), expectedVersion);
        trace(by, "archive.elimination.approuvee", current, Map.of("rule", current.rule()));
        return stored;
    }

    /**
     * Rejects a proposal: nothing will be purged.
     *
     * @param id the proposal
     * @param expectedVersion the version the archivist saw
     * @param by the archivist
     * @param reasonCode the code of the reason, or null
     * @return the rejected proposal
     * @throws NotFoundException if there is no such proposal
     * @throws ConcurrentUpdateException if it changed since that version
     * @throws InvalidProposalTransitionException if it is not proposed
     */
    public Versioned<EliminationProposal> reject(
            EliminationProposalId id, long expectedVersion, Actor by, @Nullable String reasonCode) {
        EliminationProposal current = load(id, expectedVersion);
        Versioned<EliminationProposal> stored =
                store.update(current.reject(by, clock.instant(), reasonCode), expectedVersion);
        trace(by, "archive.elimination.rejetee", current, Map.of("rule", current.rule()));
        return stored;
    }

    /**
     * Executes an approved proposal: purges each item through the purger, journals each purge, then marks the
     * proposal executed. The purger is idempotent, so an execution interrupted half-way can be run again.
     *
     * @param id the proposal
     * @param expectedVersion the version of the approved proposal
     * @param by who executes
     * @return what was done to each item
     * @throws NotFoundException if there is no such proposal
     * @throws ConcurrentUpdateException if it changed since that version
     * @throws InvalidProposalTransitionException if it is not approved; nothing is purged then
     */
    public EliminationExecution execute(EliminationProposalId id, long expectedVersion, Actor by) {
        EliminationProposal current = load(id, expectedVersion);
        if (current.status() != ProposalStatus.APPROVED) {
            throw new InvalidProposalTransitionException(id, current.status(), ProposalStatus.EXECUTED);
        }
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (EliminationItem item : current.items()) {
            PurgeOutcome outcome = Objects.requireNonNull(purger.purge(item), "purge outcome");
            journal.append(JournalEvent.now(
                    clock,
                    by,
                    "archive.elimination.purge",
                    item.subjectType(),
                    item.subjectId(),
                    Map.of("proposal", id.toString(), "rule", current.rule(), "outcome", outcome.name())));
            outcomes.add(new ItemOutcome(item, outcome));
        }
        Versioned<EliminationProposal> stored = store.update(current.executed(clock.instant()), expectedVersion);
        trace(by, "archive.elimination.executee", current, Map.of("rule", current.rule()));
        LOG.info("elimination proposal {} executed: {} items", id, outcomes.size());
        return new EliminationExecution(stored, outcomes);
    }

    private EliminationProposal load(EliminationProposalId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        Versioned<EliminationProposal> found =
                store.find(id).orElseThrow(() -> new NotFoundException(SUBJECT_TYPE, id.toString()));
        if (found.version() != expectedVersion) {
            throw new ConcurrentUpdateException(SUBJECT_TYPE, id.toString(), expectedVersion);
        }
        return found.value();
    }

    private void trace(Actor by, String action, EliminationProposal proposal, Map<String, String> details) {
        journal.append(
                JournalEvent.now(clock, by, action, SUBJECT_TYPE, proposal.id().toString(), details));
    }
}
