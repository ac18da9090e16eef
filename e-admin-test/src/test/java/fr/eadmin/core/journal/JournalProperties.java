package fr.eadmin.core.journal;

import static fr.eadmin.core.journal.JournalVerification.Problem.CHAIN_BROKEN;
import static fr.eadmin.core.journal.JournalVerification.Problem.ENTRY_MODIFIED;
import static fr.eadmin.core.journal.JournalVerification.Problem.HEAD_MISMATCH;
import static fr.eadmin.core.journal.JournalVerification.Problem.POSITION_GAP;
import static fr.eadmin.core.journal.JournalVerification.Problem.TRUNCATED;
import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.JournalVerification.Failure;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.test.arbitraries.JournalArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The chain holds for any events, and any single change to it is found where it was made. */
class JournalProperties {
    /** The parts of an entry a change can touch. */
    enum Part {
        TIME,
        ACTOR,
        ACTION,
        SUBJECT_TYPE,
        SUBJECT_ID,
        DETAIL_ADDED,
        DETAIL_REMOVED,
        DETAIL_CHANGED,
        PREVIOUS_HASH,
        HASH
    }

    @Provide
    Arbitrary<List<JournalEvent>> events() {
        return JournalArbitraries.events().list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<List<JournalEvent>>> batches() {
        return JournalArbitraries.events().list().ofMaxSize(5).list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<Actor> actors() {
        return JournalArbitraries.actors();
    }

    @Property(tries = 200)
    void anySequenceOfAppendsVerifies(@ForAll("batches") List<List<JournalEvent>> batches) {
        Journal journal = InMemoryJournal.create();
        List<JournalEntry> appended = new ArrayList<>();

        for (List<JournalEvent> batch : batches) {
            appended.addAll(journal.append(batch));
        }

        int total = appended.size();
        assertThat(journal.verify()).isEqualTo(JournalVerification.valid(total, 0));
        assertThat(appended).extracting(JournalEntry::position).containsExactlyElementsOf(positions(total));
        List<JournalEntry> read = new ArrayList<>();
        for (long from = 1; from <= total; from += 7) {
            read.addAll(journal.read(from, 7));
        }
        assertThat(read).isEqualTo(appended);
        assertThat(JournalVerifier.verify(read)).isEqualTo(JournalVerification.valid(total, 0));
    }

    @Property(tries = 500)
    void anySingleChangeToAnEntryIsFoundAtItsPosition(
            @ForAll("events") List<JournalEvent> events,
            @ForAll @IntRange(min = 0, max = 24) int index,
            @ForAll Part part,
            @ForAll("actors") Actor otherActor,
            @ForAll @IntRange(min = 0, max = 255) int bit) {
        List<JournalEntry> entries = chain(events);
        int changed = index % entries.size();
        JournalEntry original = entries.get(changed);
        JournalEntry modified = change(original, part, otherActor, bit);
        Assume.that(!modified.equals(original));
        entries.set(changed, modified);

        JournalVerification outcome = JournalVerifier.verify(entries);

        assertThat(outcome.failure()).isEqualTo(new Failure(changed + 1, ENTRY_MODIFIED));
        assertThat(outcome.entriesChecked()).isEqualTo(changed + 1);
    }

    @Property(tries = 300)
    void anyEntryRewrittenWithARecomputedHashIsFoundAfterIt(
            @ForAll("events") List<JournalEvent> events,
            @ForAll @IntRange(min = 0, max = 24) int index,
            @ForAll Part part,
            @ForAll("actors") Actor otherActor) {
        Assume.that(part != Part.HASH && part != Part.PREVIOUS_HASH);
        List<JournalEntry> entries = chain(events);
        int changed = index % entries.size();
        JournalEntry original = entries.get(changed);
        JournalEvent event = change(original, part, otherActor, 0).event();
        Assume.that(!event.equals(original.event()));
        entries.set(changed, JournalEntry.chain(original.position(), event, original.previousHash()));
        JournalEntry head = chain(events).get(entries.size() - 1);

        JournalVerifier verifier = JournalVerifier.create().expectHead(head.position(), head.hash());
        entries.forEach(verifier::accept);

        Failure expected = changed == entries.size() - 1
                ? new Failure(changed + 1, HEAD_MISMATCH)
                : new Failure(changed + 2, CHAIN_BROKEN);
        assertThat(verifier.finish().failure()).isEqualTo(expected);
    }

    @Property(tries = 300)
    void anyRemovedEntryIsFound(
            @ForAll("events") List<JournalEvent> events,
            @ForAll @IntRange(min = 0, max = 24) int index,
            @ForAll boolean renumber) {
        List<JournalEntry> entries = chain(events);
        int removed = index % entries.size();
        JournalEntry head = entries.get(entries.size() - 1);
        entries.remove(removed);
        if (renumber) {
            entries = renumbered(entries);
        }

        JournalVerifier verifier = JournalVerifier.create().expectHead(head.position(), head.hash());
        entries.forEach(verifier::accept);

        Failure expected;
        if (removed == entries.size()) {
            expected = new Failure(removed + 1, TRUNCATED);
        } else {
            expected = new Failure(removed + 1, renumber ? CHAIN_BROKEN : POSITION_GAP);
        }
        assertThat(verifier.finish().failure()).isEqualTo(expected);
    }

    @Property(tries = 300)
    void anySwapOfTwoEntriesIsFoundAtTheFirst(
            @ForAll("events") List<JournalEvent> events,
            @ForAll @IntRange(min = 0, max = 24) int first,
            @ForAll @IntRange(min = 0, max = 24) int second) {
        List<JournalEntry> entries = chain(events);
        int i = Math.min(first % entries.size(), second % entries.size());
        int j = Math.max(first % entries.size(), second % entries.size());
        Assume.that(i != j && !entries.get(i).event().equals(entries.get(j).event()));
        JournalEntry moved = entries.get(i);
        entries.set(i, entries.get(j));
        entries.set(j, moved);

        assertThat(JournalVerifier.verify(renumbered(entries)).failure()).isEqualTo(new Failure(i + 1, CHAIN_BROKEN));
    }

    private static List<JournalEntry> chain(List<JournalEvent> events) {
        List<JournalEntry> entries = new ArrayList<>();
        JournalHash previous = JournalHash.GENESIS;
        for (JournalEvent event : events) {
            JournalEntry entry = JournalEntry.chain(entries.size() + 1, event, previous);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    private static List<JournalEntry> renumbered(List<JournalEntry> entries) {
        List<JournalEntry> result = new ArrayList<>();
        for (JournalEntry entry : entries) {
            result.add(new JournalEntry(result.size() + 1, entry.event(), entry.previousHash(), entry.hash()));
        }
        return result;
    }

    private static List<Long> positions(int count) {
        List<Long> positions = new ArrayList<>();
        for (long p = 1; p <= count; p++) {
            positions.add(p);
        }
        return positions;
    }

    /** The entry with one part changed, its hashes left as they were (unless the part is a hash). */
    private static JournalEntry change(JournalEntry entry, Part part, Actor otherActor, int bit) {
        JournalEvent e = entry.event();
        Map<String, String> details = new TreeMap<>(e.details());
        JournalEvent event =
                switch (part) {
                    case TIME ->
                        new JournalEvent(
                                e.at().plusNanos(1000L * (bit + 1)),
                                e.actor(),
                                e.action(),
                                e.subjectType(),
                                e.subjectId(),
                                details);
                    case ACTOR ->
                        new JournalEvent(e.at(), otherActor, e.action(), e.subjectType(), e.subjectId(), details);
                    case ACTION ->
                        new JournalEvent(
                                e.at(),
                                e.actor(),
                                other(e.action(), "demande.x"),
                                e.subjectType(),
                                e.subjectId(),
                                details);
                    case SUBJECT_TYPE ->
                        new JournalEvent(
                                e.at(),
                                e.actor(),
                                e.action(),
                                other(e.subjectType(), "usagerx"),
                                e.subjectId(),
                                details);
                    case SUBJECT_ID ->
                        new JournalEvent(
                                e.at(), e.actor(), e.action(), e.subjectType(), other(e.subjectId(), "x"), details);
                    case DETAIL_ADDED -> {
                        details.put("zz-added", Integer.toString(bit));
                        yield new JournalEvent(e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId(), details);
                    }
                    case DETAIL_REMOVED -> {
                        if (!details.isEmpty()) {
                            details.remove(details.keySet().iterator().next());
                        }
                        yield new JournalEvent(e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId(), details);
                    }
                    case DETAIL_CHANGED -> {
                        if (details.isEmpty()) {
                            details.put("k", "v");
                        } else {
                            String key = details.keySet().iterator().next();
                            details.put(key, other(details.get(key), "v"));
                        }
                        yield new JournalEvent(e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId(), details);
                    }
                    case PREVIOUS_HASH, HASH -> e;
                };
        JournalHash previous = part == Part.PREVIOUS_HASH ? flip(entry.previousHash(), bit) : entry.previousHash();
        JournalHash hash = part == Part.HASH ? flip(entry.hash(), bit) : entry.hash();
        return new JournalEntry(entry.position(), event, previous, hash);
    }

    /** A different value of the same kind: the text with its last character changed, or the fallback. */
    private static String other(String value, String fallback) {
        if (value.isEmpty()) {
            return fallback;
        }
        char last = value.charAt(value.length() - 1);
        return value.substring(0, value.length() - 1) + (last == 'a' ? 'b' : 'a');
    }

    private static JournalHash flip(JournalHash hash, int bit) {
        byte[] bytes = hash.bytes();
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        return JournalHash.of(bytes);
    }
}
