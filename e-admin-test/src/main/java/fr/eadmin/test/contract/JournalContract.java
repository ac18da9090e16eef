package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.EmptyJournalException;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.journal.JournalHash;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.journal.JournalVerification;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.core.spi.Timestamper;
import fr.eadmin.core.usager.UsagerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Journal}: every implementation's test extends this class and provides an empty
 * journal for each test.
 *
 * {@snippet :
 * class MyJournalTest extends JournalContract {
 *     @Override
 *     protected Journal newJournal() {
 *         return new MyJournal(...); // empty
 *     }
 * }
 * }
 *
 * <p>Seals are made with an {@link HmacTestTimestamper}.
 */
public abstract class JournalContract {
    /** How many threads the concurrency test runs. */
    protected static final int THREADS = 8;

    /** How many appends each thread of the concurrency test makes. */
    protected static final int APPENDS_PER_THREAD = 10;

    /** 14 March 2026, 10:00 in Paris. */
    protected static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");

    private static final Clock CLOCK = Clock.fixed(T0, ZoneId.of("Europe/Paris"));

    private @Nullable Journal current;

    /** For subclasses. */
    protected JournalContract() {}

    /**
     * Creates the journal under test, empty.
     *
     * @return an empty journal
     * @throws Exception if it cannot be created
     */
    protected abstract Journal newJournal() throws Exception;

    /**
     * Creates the journal under test.
     *
     * @throws Exception if it cannot be created
     */
    @BeforeEach
    protected void createJournal() throws Exception {
        current = newJournal();
    }

    /**
     * The journal under test.
     *
     * @return the journal created by {@link #newJournal()} for the current test
     */
    protected final Journal journal() {
        Journal journal = current;
        if (journal == null) {
            throw new IllegalStateException("newJournal() has not run yet");
        }
        return journal;
    }

    /**
     * An event about a demande, at {@code T0} plus {@code seconds}.
     *
     * @param seconds seconds after {@code T0}
     * @param demande the demande's id
     * @return the event
     */
    protected static JournalEvent event(long seconds, String demande) {
        return new JournalEvent(
                T0.plusSeconds(seconds),
                Actor.agent("mairie-maurepas", "a-" + seconds),
                "demande.instruite",
                "demande",
                demande,
                Map.of("statut", "EN_INSTRUCTION", "seq", Long.toString(seconds)));
    }

    /**
     * Events {@code 1..count} about one demande.
     *
     * @param count how many
     * @return the events
     */
    protected static List<JournalEvent> events(int count) {
        List<JournalEvent> events = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            events.add(event(i, "d-1"));
        }
        return events;
    }

    /**
     * A timestamper for seals, with a fresh key.
     *
     * @return the timestamper
     */
    protected static Timestamper timestamper() {
        return HmacTestTimestamper.withRandomKey(Clock.offset(CLOCK, Duration.ofHours(1)));
    }

    /**
     * Runs tasks on as many threads, released at the same moment, and waits for them all.
     *
     * @param tasks the tasks
     * @param <T> the result type
     * @return the results, in the order of the tasks
     * @throws Exception if a task failed
     */
    protected static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        return Concurrency.runTogether(tasks);
    }

    @Test
    void appendsAtPositionsFromOneChainedFromTheGenesisHash() {
        JournalEntry first = journal().append(event(1, "d-1"));
        JournalEntry second = journal().append(event(2, "d-1"));
        JournalEntry third = journal().append(event(3, "d-2"));

        assertThat(List.of(first.position(), second.position(), third.position()))
                .containsExactly(1L, 2L, 3L);
        assertThat(first.previousHash()).isEqualTo(JournalHash.GENESIS);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(third.previousHash()).isEqualTo(second.hash());
        assertThat(List.of(first, second, third)).allMatch(JournalEntry::hashMatchesContent);
        assertThat(first).isEqualTo(JournalEntry.first(event(1, "d-1")));
    }

    @Test
    void appendsSeveralEventsAtConsecutivePositionsInTheirOrder() {
        journal().append(event(1, "d-1"));

        List<JournalEntry> appended = journal().append(List.of(event(2, "d-1"), event(3, "d-2"), event(4, "d-1")));

        assertThat(appended).extracting(JournalEntry::position).containsExactly(2L, 3L, 4L);
        assertThat(appended)
                .extracting(JournalEntry::event)
                .containsExactly(event(2, "d-1"), event(3, "d-2"), event(4, "d-1"));
        assertThat(journal().read(1, 10)).hasSize(4).endsWith(appended.toArray(JournalEntry[]::new));
    }

    @Test
    void appendsNothingForNoEvents() {
        assertThat(journal().append(List.of())).isEmpty();

        assertThat(journal().head()).isEmpty();
        assertThat(journal().read(1, 10)).isEmpty();
    }

    @Test
    void refusesANullEventAndAppendsNothing() {
        journal().append(event(1, "d-1"));
        List<JournalEvent> withNull = Arrays.asList(event(2, "d-1"), null);

        assertThatThrownBy(() -> journal().append(withNull)).isInstanceOf(NullPointerException.class);

        assertThat(journal().read(1, 10)).extracting(JournalEntry::position).containsExactly(1L);
    }

    @Test
    void keepsEveryFieldOfTheEventToTheMicrosecond() {
        UsagerId usager = UsagerId.random();
        JournalEvent event = new JournalEvent(
                Instant.parse("2026-03-14T09:00:00.123456789Z"),
                Actor.usager(usager),
                "usager.consulte",
                "usager",
                usager.toString(),
                Map.of("motif", "instruction", "vide", "", "agent", "agent:mairie-maurepas/a-1042"));
        JournalEvent other = new JournalEvent(
                Instant.parse("2026-12-31T23:59:59.999999Z"),
                Actor.partner("caf-78", "p_1.x"),
                "demande.piece-demandee",
                "demande",
                "2026-000123",
                Map.of());

        List<JournalEntry> appended = journal().append(List.of(event, other));

        assertThat(journal().read(1, 2)).isEqualTo(appended);
        assertThat(journal().read(1, 1).get(0).event().at()).isEqualTo(Instant.parse("2026-03-14T09:00:00.123456Z"));
        assertThat(journal().read(1, 1).get(0).event()).isEqualTo(event);
        assertThat(journal().read(2, 1).get(0).event()).isEqualTo(other);
    }

    @Test
    void readsAPageFromAPosition() {
        journal().append(events(10));

        assertThat(journal().read(4, 3)).extracting(JournalEntry::position).containsExactly(4L, 5L, 6L);
        assertThat(journal().read(9, 5)).extracting(JournalEntry::position).containsExactly(9L, 10L);
        assertThat(journal().read(11, 5)).isEmpty();
        assertThat(journal().read(1, Journal.MAX_PAGE)).hasSize(10);
    }

    @Test
    void refusesAPageOutOfRange() {
        assertThatThrownBy(() -> journal().read(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal().read(-5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal().read(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal().read(1, Journal.MAX_PAGE + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extractsTheEntriesAboutOneSubjectInPositionOrder() {
        journal().append(List.of(event(1, "d-1"), event(2, "d-2"), event(3, "d-1")));
        journal().append(event(4, "d-3"));
        journal().append(event(5, "d-1"));
        journal()
                .append(new JournalEvent(
                        T0, Actor.system("deadline-sweeper"), "usager.consulte", "usager", "d-1", Map.of()));

        assertThat(journal().about("demande", "d-1"))
                .extracting(JournalEntry::position)
                .containsExactly(1L, 3L, 5L);
        assertThat(journal().about("demande", "d-1"))
                .containsExactlyElementsOf(List.of(
                        journal().read(1, 1).get(0),
                        journal().read(3, 1).get(0),
                        journal().read(5, 1).get(0)));
        assertThat(journal().about("usager", "d-1"))
                .extracting(JournalEntry::position)
                .containsExactly(6L);
        assertThat(journal().about("demande", "d-4")).isEmpty();
    }

    @Test
    void hasNoHeadWhenEmptyThenTheLastEntry() {
        assertThat(journal().head()).isEmpty();

        journal().append(events(3));
        JournalEntry last = journal().append(event(4, "d-9"));

        assertThat(journal().head()).contains(last);
    }

    @Test
    void findsAnEmptyJournalValid() {
        JournalVerification outcome = journal().verify();

        assertThat(outcome.isValid()).isTrue();
        assertThat(outcome.entriesChecked()).isZero();
        assertThat(journal().verify(timestamper()).isValid()).isTrue();
    }

    @Test
    void findsAnIntactJournalValid() {
        for (int i = 0; i < 5; i++) {
            journal().append(events(5));
        }

        JournalVerification outcome = journal().verify();

        assertThat(outcome).isEqualTo(JournalVerification.valid(25, 0));
    }

    @Test
    void sealsTheHead() {
        Timestamper timestamper = timestamper();
        journal().append(events(3));

        JournalSeal seal = journal().seal(timestamper);

        JournalEntry head = journal().head().orElseThrow();
        assertThat(seal.position()).isEqualTo(3);
        assertThat(seal.hash()).isEqualTo(head.hash());
        assertThat(timestamper.verify(seal.token(), head.hash().bytes())).isTrue();
        assertThat(journal().seals()).containsExactly(seal);
        assertThat(journal().verify(timestamper)).isEqualTo(JournalVerification.valid(3, 1));
        assertThat(journal().verify()).isEqualTo(JournalVerification.valid(3, 1));
    }

    @Test
    void keepsEverySealInPositionOrder() {
        Timestamper timestamper = timestamper();
        journal().append(events(2));
        JournalSeal first = journal().seal(timestamper);
        JournalSeal again = journal().seal(timestamper);
        journal().append(events(3));
        JournalSeal later = journal().seal(timestamper);

        assertThat(journal().seals()).containsExactly(first, again, later);
        assertThat(List.of(first.position(), again.position(), later.position()))
                .containsExactly(2L, 2L, 5L);
        assertThat(journal().verify(timestamper)).isEqualTo(JournalVerification.valid(5, 3));
    }

    @Test
    void refusesToSealAnEmptyJournal() {
        assertThatThrownBy(() -> journal().seal(timestamper())).isInstanceOf(EmptyJournalException.class);

        assertThat(journal().seals()).isEmpty();
    }

    @Test
    void reportsASealThatItsTimestamperDoesNotRecognise() {
        journal().append(events(4));
        journal().seal(timestamper());
        journal().append(events(2));

        JournalVerification outcome = journal().verify(timestamper());

        assertThat(outcome.failure())
                .isEqualTo(new JournalVerification.Failure(4, JournalVerification.Problem.SEAL_INVALID));
        assertThat(journal().verify().isValid()).isTrue();
    }

    @Test
    void keepsPositionsGaplessAndTheChainWholeUnderConcurrentAppends() throws Exception {
        List<Callable<List<JournalEntry>>> appenders = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String demande = "d-" + t;
            appenders.add(() -> {
                List<JournalEntry> mine = new ArrayList<>();
                for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                    if (i % 3 == 0) {
                        List<JournalEntry> pair = journal().append(List.of(event(i, demande), event(i, demande)));
                        assertThat(pair.get(1).position()).isEqualTo(pair.get(0).position() + 1);
                        mine.addAll(pair);
                    } else {
                        mine.add(journal().append(event(i, demande)));
                    }
                }
                return mine;
            });
        }

        List<JournalEntry> appended =
                runConcurrently(appenders).stream().flatMap(List::stream).toList();

        int total = appended.size();
        assertThat(appended)
                .extracting(JournalEntry::position)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(journal().head().orElseThrow().position()).isEqualTo(total);
        assertThat(journal().verify()).isEqualTo(JournalVerification.valid(total, 0));
        List<JournalEntry> stored = new ArrayList<>();
        for (long from = 1; from <= total; from += 100) {
            stored.addAll(journal().read(from, 100));
        }
        assertThat(new HashSet<>(stored)).isEqualTo(new HashSet<>(appended));
    }
}
