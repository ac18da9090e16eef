package fr.eadmin.core.journal;

import fr.eadmin.core.journal.JournalVerification.Failure;
import fr.eadmin.core.journal.JournalVerification.Problem;
import fr.eadmin.core.spi.Timestamper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks a journal entry by entry, in position order, in constant memory: feed it the entries page by page
 * ({@link #accept}), then {@link #finish()}. It stops at the first problem; {@link #accept} then returns
 * false, so that the caller stops reading.
 *
 * {@snippet :
 * JournalVerifier verifier = JournalVerifier.create(seals, timestamper);
 * for (List<JournalEntry> page = journal.read(1, 1000); !page.isEmpty(); page = ...) {
 *     for (JournalEntry entry : page) {
 *         if (!verifier.accept(entry)) break;
 *     }
 * }
 * JournalVerification outcome = verifier.finish();
 * }
 *
 * <p>For each entry, in this order: its position must follow the previous one ({@link Problem#POSITION_GAP},
 * {@link Problem#POSITION_DUPLICATE}); its hash must match its content ({@link Problem#ENTRY_MODIFIED}); its
 * previous hash must be the hash of the entry before, or {@link JournalHash#GENESIS} for the first ({@link
 * Problem#CHAIN_BROKEN}); each seal at its position must name its hash ({@link Problem#SEAL_MISMATCH}) and,
 * if a timestamper was given, carry a token that attests it ({@link Problem#SEAL_INVALID}); at the expected
 * head position, its hash must be the head's ({@link Problem#HEAD_MISMATCH}). At the end, no seal and no
 * expected head may lie beyond the last entry ({@link Problem#TRUNCATED}).
 *
 * <p>What the chain cannot show: entries removed from the end, or forged entries appended with correctly
 * computed hashes, after the last seal and the recorded head. Seal often.
 *
 * <p>Not thread-safe: one verifier checks one sequence.
 */
public final class JournalVerifier {
    private final List<JournalSeal> seals;
    private final @Nullable Timestamper timestamper;
    private int nextSeal;
    private long headPosition;
    private @Nullable JournalHash headHash;

    private long lastPosition;
    private JournalHash lastHash = JournalHash.GENESIS;
    private long entriesChecked;
    private long sealsChecked;
    private @Nullable Failure failure;

    private JournalVerifier(List<JournalSeal> seals, @Nullable Timestamper timestamper) {
        List<JournalSeal> sorted = new ArrayList<>(seals);
        sorted.sort(Comparator.comparingLong(JournalSeal::position));
        this.seals = sorted;
        this.timestamper = timestamper;
    }

    /**
     * A verifier of the chain alone, from the first entry.
     *
     * @return the verifier
     */
    public static JournalVerifier create() {
        return new JournalVerifier(List.of(), null);
    }

    /**
     * A verifier of the chain and of its seals, from the first entry.
     *
     * @param seals the journal's seals, in any order
     * @param timestamper the service that issued the seals' tokens, to check them; or null to check only that
     *     each seal names the hash of the entry at its position
     * @return the verifier
     */
    public static JournalVerifier create(List<JournalSeal> seals, @Nullable Timestamper timestamper) {
        Objects.requireNonNull(seals, "seals");
        for (JournalSeal seal : seals) {
            Objects.requireNonNull(seal, "seal");
        }
        return new JournalVerifier(seals, timestamper);
    }

    /**
     * Checks a whole sequence of entries, in position order.
     *
     * @param entries the entries, from the first
     * @return the outcome
     */
    public static JournalVerification verify(Iterable<JournalEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        JournalVerifier verifier = create();
        for (JournalEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish();
    }

    /**
     * Also checks that the chain reaches the head the journal recorded when it last appended (the JDBC journal
     * keeps it in a row of its own), which shows entries removed from the end. Call before the first entry.
     *
     * @param position the recorded head position, or 0 for an empty journal
     * @param hash the recorded head hash ({@link JournalHash#GENESIS} for an empty journal)
     * @return this verifier
     * @throws IllegalStateException if entries were already accepted
     * @throws IllegalArgumentException if the position is negative
     */
    public JournalVerifier expectHead(long position, JournalHash hash) {
        Objects.requireNonNull(hash, "hash");
        if (position < 0) {
            throw new IllegalArgumentException("a head position cannot be negative");
        }
        if (entriesChecked > 0 || failure != null) {
            throw new IllegalStateException("the head is expected before the first entry");
        }
        this.headPosition = position;
        this.headHash = hash;
        return this;
    }

    /**
     * Checks the next entry.
     *
     * @param entry the entry, which should be at the position after the previous one
     * @return true to go on, false once a problem was found (further entries are ignored)
     */
    public boolean accept(JournalEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (failure != null) {
            return false;
        }
        entriesChecked++;
        long expected = lastPosition + 1;
        if (entry.position() < expected) {
            return fail(entry.position(), Problem.POSITION_DUPLICATE);
        }
        if (entry.position() > expected) {
            return fail(expected, Problem.POSITION_GAP);
        }
        if (!entry.hashMatchesContent()) {
            return fail(expected, Problem.ENTRY_MODIFIED);
        }
        if (!entry.previousHash().equals(lastHash)) {
            return fail(expected, Problem.CHAIN_BROKEN);
        }
        lastPosition = expected;
        lastHash = entry.hash();
        return checkSealsAt(entry) && checkHeadAt(entry);
    }

    /**
     * Records that the next stored entry, at this position, cannot be read back as an entry (a column
     * emptied or set to a value no journal writes): reported as {@link Problem#ENTRY_MODIFIED}, or as a
     * position problem if the position itself is out of sequence.
     *
     * @param position the stored position of the unreadable entry
     * @return false: the verification stops
     */
    public boolean acceptUnreadable(long position) {
        if (failure != null) {
            return false;
        }
        entriesChecked++;
        long expected = lastPosition + 1;
        if (position < expected) {
            return fail(position, Problem.POSITION_DUPLICATE);
        }
        if (position > expected) {
            return fail(expected, Problem.POSITION_GAP);
        }
        return fail(expected, Problem.ENTRY_MODIFIED);
    }

    /**
     * The position of the last entry found intact so far.
     *
     * @return the position, or 0 if none
     */
    public long lastPosition() {
        return lastPosition;
    }

    /**
     * The outcome, once every entry was given (or {@link #accept} returned false).
     *
     * @return the outcome
     */
    public JournalVerification finish() {
        if (failure == null) {
            if (nextSeal < seals.size() || headPosition > lastPosition) {
                fail(lastPosition + 1, Problem.TRUNCATED);
            }
        }
        Failure found = failure;
        return found == null
                ? JournalVerification.valid(entriesChecked, sealsChecked)
                : JournalVerification.invalid(entriesChecked, sealsChecked, found.position(), found.problem());
    }

    private boolean checkSealsAt(JournalEntry entry) {
        while (nextSeal < seals.size() && seals.get(nextSeal).position() == entry.position()) {
            JournalSeal seal = seals.get(nextSeal);
            if (!seal.hash().equals(entry.hash())) {
                return fail(entry.position(), Problem.SEAL_MISMATCH);
            }
            Timestamper checker = timestamper;
            if (checker != null && !checker.verify(seal.token(), seal.hash().bytes())) {
                return fail(entry.position(), Problem.SEAL_INVALID);
            }
            sealsChecked++;
            nextSeal++;
        }
        return true;
    }

    private boolean checkHeadAt(JournalEntry entry) {
        if (entry.position() == headPosition && !entry.hash().equals(headHash)) {
            return fail(entry.position(), Problem.HEAD_MISMATCH);
        }
        return true;
    }

    private boolean fail(long position, Problem problem) {
        failure = new Failure(position, problem);
        return false;
    }

    @Override
    public String toString() {
        return "JournalVerifier[" + entriesChecked + " entries, " + (failure == null ? "valid so far" : failure) + "]";
    }
}
