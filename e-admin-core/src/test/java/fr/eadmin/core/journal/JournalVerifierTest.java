package fr.eadmin.core.journal;

import static fr.eadmin.core.journal.JournalVerification.Problem.CHAIN_BROKEN;
import static fr.eadmin.core.journal.JournalVerification.Problem.ENTRY_MODIFIED;
import static fr.eadmin.core.journal.JournalVerification.Problem.HEAD_MISMATCH;
import static fr.eadmin.core.journal.JournalVerification.Problem.POSITION_DUPLICATE;
import static fr.eadmin.core.journal.JournalVerification.Problem.POSITION_GAP;
import static fr.eadmin.core.journal.JournalVerification.Problem.SEAL_MISMATCH;
import static fr.eadmin.core.journal.JournalVerification.Problem.TRUNCATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.JournalVerification.Problem;
import fr.eadmin.core.spi.TimestampToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalVerifierTest {
    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");

    private static JournalEvent event(int i) {
        return new JournalEvent(
                T0.plusSeconds(i),
                Actor.system("test"),
                "demande.instruite",
                "demande",
                "d-" + (i % 3),
                Map.of("i", "" + i));
    }

    /** A valid chain of entries 1..n. */
    private static List<JournalEntry> chain(int n) {
        List<JournalEntry> entries = new ArrayList<>();
        JournalEntry previous = JournalEntry.first(event(1));
        entries.add(previous);
        for (int i = 2; i <= n; i++) {
            previous = previous.next(event(i));
            entries.add(previous);
        }
        return entries;
    }

    private static JournalSeal seal(JournalEntry entry) {
        return new JournalSeal(
                entry.position(), entry.hash(), new TimestampToken(new byte[] {1}, T0.plusSeconds(3600)));
    }

    private static JournalVerification.Failure failure(long position, Problem problem) {
        return new JournalVerification.Failure(position, problem);
    }

    @Test
    void findsAnEmptyJournalValid() {
        assertThat(JournalVerifier.verify(List.of())).isEqualTo(JournalVerification.valid(0, 0));
    }

    @Test
    void findsAnIntactChainValid() {
        JournalVerification outcome = JournalVerifier.verify(chain(12));

        assertThat(outcome.isValid()).isTrue();
        assertThat(outcome).isEqualTo(JournalVerification.valid(12, 0));
    }

    @Test
    void findsAModifiedEventAtItsPosition() {
        List<JournalEntry> entries = chain(8);
        JournalEntry fifth = entries.get(4);
        entries.set(4, new JournalEntry(5, event(50), fifth.previousHash(), fifth.hash()));

        JournalVerification outcome = JournalVerifier.verify(entries);

        assertThat(outcome.failure()).isEqualTo(failure(5, ENTRY_MODIFIED));
        assertThat(outcome.entriesChecked()).isEqualTo(5);
    }

    @Test
    void findsAModifiedHashOrPreviousHashAtItsPosition() {
        List<JournalEntry> entries = chain(8);
        JournalEntry third = entries.get(2);
        entries.set(2, new JournalEntry(3, third.event(), third.previousHash(), JournalHash.GENESIS));
        assertThat(JournalVerifier.verify(entries).failure()).isEqualTo(failure(3, ENTRY_MODIFIED));

        entries = chain(8);
        entries.set(2, new JournalEntry(3, third.event(), JournalHash.GENESIS, third.hash()));
        assertThat(JournalVerifier.verify(entries).failure()).isEqualTo(failure(3, ENTRY_MODIFIED));
    }

    @Test
    void findsAnEntryRewrittenWithARecomputedHashAtTheNextPosition() {
        List<JournalEntry> entries = chain(8);
        entries.set(3, JournalEntry.chain(4, event(40), entries.get(2).hash()));

        assertThat(JournalVerifier.verify(entries).failure()).isEqualTo(failure(5, CHAIN_BROKEN));
    }

    @Test
    void findsADeletionAsAGap() {
        List<JournalEntry> entries = chain(8);
        entries.remove(5);

        assertThat(JournalVerifier.verify(entries).failure()).isEqualTo(failure(6, POSITION_GAP));
    }

    @Test
    void findsADeletionWithRenumberingAsABrokenChain() {
        List<JournalEntry> entries = renumbered(without(chain(8), 5));

        assertThat(JournalVerifier.verify(entries).failure()).isEqualTo(failure(5, CHAIN_BROKEN));
    }

    @Test
    void findsAnInsertionAsABrokenChain() {
        List<JournalEntry> entries = chain(8);
        entries.add(2, JournalEntry.chain(3, event(30), entries.get(1).hash()));

        assertThat(JournalVerifier.verify(renumbered(entries)).failure()).isEqualTo(failure(4, CHAIN_BROKEN));
    }

    @Test
    void findsAReorderingAsABrokenChain() {
        List<JournalEntry> entries = chain(8);
        JournalEntry third = entries.get(2);
        entries.set(2, entries.get(6));
        entries.set(6, third);

        assertThat(JournalVerifier.verify(renumbered(entries)).failure()).isEqualTo(failure(3, CHAIN_BROKEN));
        assertThat(JournalVerifier.verify(entries).failure()).isEqualTo(failure(3, POSITION_GAP));
    }

    @Test
    void findsAJournalThatDoesNotStartAtOne() {
        assertThat(JournalVerifier.verify(chain(4).subList(1, 4)).failure()).isEqualTo(failure(1, POSITION_GAP));
    }

    @Test
    void findsARepeatedPosition() {
        List<JournalEntry> entries = chain(6);
        entries.add(3, entries.get(2));

        JournalVerification outcome = JournalVerifier.verify(entries);

        assertThat(outcome.failure()).isEqualTo(failure(3, POSITION_DUPLICATE));
        assertThat(outcome.entriesChecked()).isEqualTo(4);
    }

    @Test
    void stopsAtTheFirstProblem() {
        List<JournalEntry> entries = chain(8);
        JournalEntry second = entries.get(1);
        entries.set(1, new JournalEntry(2, event(20), second.previousHash(), second.hash()));
        entries.remove(5);
        JournalVerifier verifier = JournalVerifier.create();

        assertThat(verifier.accept(entries.get(0))).isTrue();
        assertThat(verifier.accept(entries.get(1))).isFalse();
        assertThat(verifier.accept(entries.get(2))).isFalse();
        assertThat(verifier.acceptUnreadable(4)).isFalse();

        assertThat(verifier.finish()).isEqualTo(JournalVerification.invalid(2, 0, 2, ENTRY_MODIFIED));
        assertThat(verifier.lastPosition()).isEqualTo(1);
    }

    @Test
    void reportsAnUnreadableEntryAsModifiedOrOutOfSequence() {
        List<JournalEntry> entries = chain(3);
        JournalVerifier verifier = JournalVerifier.create();
        verifier.accept(entries.get(0));
        assertThat(verifier.acceptUnreadable(2)).isFalse();
        assertThat(verifier.finish().failure()).isEqualTo(failure(2, ENTRY_MODIFIED));

        JournalVerifier gap = JournalVerifier.create();
        gap.acceptUnreadable(3);
        assertThat(gap.finish().failure()).isEqualTo(failure(1, POSITION_GAP));

        JournalVerifier below = JournalVerifier.create();
        below.acceptUnreadable(0);
        assertThat(below.finish().failure()).isEqualTo(failure(0, POSITION_DUPLICATE));
    }

    @Test
    void checksEverySealAgainstTheEntryAtItsPosition() {
        List<JournalEntry> entries = chain(10);
        List<JournalSeal> seals = List.of(seal(entries.get(7)), seal(entries.get(2)), seal(entries.get(7)));

        JournalVerifier verifier = JournalVerifier.create(seals, null);
        entries.forEach(verifier::accept);

        assertThat(verifier.finish()).isEqualTo(JournalVerification.valid(10, 3));
    }

    @Test
    void findsASealOfAnotherHash() {
        List<JournalEntry> entries = chain(10);
        JournalSeal wrong = new JournalSeal(4, entries.get(4).hash(), new TimestampToken(new byte[] {1}, T0));

        JournalVerifier verifier = JournalVerifier.create(List.of(seal(entries.get(1)), wrong), null);
        entries.forEach(verifier::accept);

        assertThat(verifier.finish()).isEqualTo(JournalVerification.invalid(4, 1, 4, SEAL_MISMATCH));
    }

    @Test
    void findsEntriesRemovedFromTheEndBySeal() {
        List<JournalEntry> entries = chain(10);
        JournalVerifier verifier = JournalVerifier.create(List.of(seal(entries.get(8))), null);

        entries.subList(0, 6).forEach(verifier::accept);

        assertThat(verifier.finish().failure()).isEqualTo(failure(7, TRUNCATED));
    }

    @Test
    void checksTheRecordedHead() {
        List<JournalEntry> entries = chain(10);

        JournalVerifier intact =
                JournalVerifier.create().expectHead(10, entries.get(9).hash());
        entries.forEach(intact::accept);
        assertThat(intact.finish()).isEqualTo(JournalVerification.valid(10, 0));

        JournalVerifier truncated =
                JournalVerifier.create().expectHead(10, entries.get(9).hash());
        entries.subList(0, 8).forEach(truncated::accept);
        assertThat(truncated.finish().failure()).isEqualTo(failure(9, TRUNCATED));

        JournalVerifier rewritten =
                JournalVerifier.create().expectHead(9, entries.get(9).hash());
        entries.forEach(rewritten::accept);
        assertThat(rewritten.finish().failure()).isEqualTo(failure(9, HEAD_MISMATCH));

        JournalVerifier empty = JournalVerifier.create().expectHead(0, JournalHash.GENESIS);
        assertThat(empty.finish()).isEqualTo(JournalVerification.valid(0, 0));
    }

    @Test
    void expectsTheHeadBeforeTheFirstEntryOnly() {
        JournalVerifier verifier = JournalVerifier.create();
        verifier.accept(chain(1).get(0));

        assertThatThrownBy(() -> verifier.expectHead(1, JournalHash.GENESIS)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JournalVerifier.create().expectHead(-1, JournalHash.GENESIS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesImpossibleValues() {
        assertThatThrownBy(() -> new JournalEntry(0, event(1), JournalHash.GENESIS, JournalHash.GENESIS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JournalSeal(0, JournalHash.GENESIS, new TimestampToken(new byte[] {1}, T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JournalVerification(-1, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<JournalEntry> without(List<JournalEntry> entries, int position) {
        List<JournalEntry> kept = new ArrayList<>(entries);
        kept.remove(position - 1);
        return kept;
    }

    /** The same entries at positions 1, 2, 3… in list order, their hashes unchanged. */
    private static List<JournalEntry> renumbered(List<JournalEntry> entries) {
        List<JournalEntry> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry entry = entries.get(i);
            result.add(new JournalEntry(i + 1, entry.event(), entry.previousHash(), entry.hash()));
        }
        return result;
    }
}
