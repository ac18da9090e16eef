package fr.eadmin.test.arbitraries;

import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.JournalEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the traceability journal: events with every kind of actor, action codes, subjects and
 * details across what {@link JournalEvent} accepts (times at the nanosecond, which the event keeps to the
 * microsecond; empty detail values; the longest codes).
 *
 * <p>Use them from a {@code @Provide} method: {@code Arbitrary<JournalEvent> events() { return
 * JournalArbitraries.events(); }}.
 */
public final class JournalArbitraries {
    /** 2020-01-01T00:00:00Z and 2030-01-01T00:00:00Z. */
    private static final long FROM_SECOND = 1_577_836_800L;

    private static final long TO_SECOND = 1_893_456_000L;

    private static final List<String> ACTIONS = List.of(
            "demande.deposee",
            "demande.accusee",
            "demande.piece-demandee",
            "demande.decidee",
            "usager.consulte",
            "usager.modifie",
            "dossier.piece_ajoutee",
            "paiement.recu");

    private static final List<String> SUBJECT_TYPES = List.of("demande", "usager", "dossier", "paiement");

    private static final String CODE_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

    private JournalArbitraries() {}

    /**
     * Journal events.
     *
     * @return events
     */
    public static Arbitrary<JournalEvent> events() {
        return Combinators.combine(instants(), actors(), actions(), subjectTypes(), subjectIds(), details())
                .as(JournalEvent::new);
    }

    /**
     * Instants between 2020 and 2030, at the nanosecond.
     *
     * @return instants
     */
    public static Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(FROM_SECOND, TO_SECOND),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    /**
     * Actors of every kind.
     *
     * @return actors
     */
    public static Arbitrary<Actor> actors() {
        return Arbitraries.oneOf(
                UsagerArbitraries.usagerIds().map(Actor::usager),
                Combinators.combine(codes(), codes()).as(Actor::agent),
                codes().map(Actor::system),
                Combinators.combine(codes(), codes()).as(Actor::partner));
    }

    /**
     * Action codes: the usual ones, and generated dot-separated words.
     *
     * @return action codes
     */
    public static Arbitrary<String> actions() {
        Arbitrary<String> word = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyz0123456789_-")
                .ofMaxLength(15)
                .map(rest -> "x" + rest);
        Arbitrary<String> generated = word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(".", words));
        return Arbitraries.oneOf(Arbitraries.of(ACTIONS), generated);
    }

    /**
     * Subject types.
     *
     * @return subject types
     */
    public static Arbitrary<String> subjectTypes() {
        return Arbitraries.of(SUBJECT_TYPES);
    }

    /**
     * Subject ids: UUIDs and other technical ids.
     *
     * @return subject ids
     */
    public static Arbitrary<String> subjectIds() {
        return Arbitraries.oneOf(
                UsagerArbitraries.usagerIds().map(Object::toString),
                Arbitraries.strings()
                        .withChars(CODE_CHARS + ":")
                        .ofMinLength(1)
                        .ofMaxLength(JournalEvent.MAX_SUBJECT_ID));
    }

    /**
     * Details: zero to a few ids and codes.
     *
     * @return details
     */
    public static Arbitrary<Map<String, String>> details() {
        Arbitrary<String> keys = Arbitraries.strings()
                .withChars(CODE_CHARS)
                .ofMaxLength(JournalEvent.MAX_KEY - 1)
                .map(rest -> "k" + rest);
        Arbitrary<String> values =
                Arbitraries.strings().withChars(CODE_CHARS + ":/+=,").ofMaxLength(40);
        return Arbitraries.maps(keys, values).ofMaxSize(5);
    }

    private static Arbitrary<String> codes() {
        return Arbitraries.strings().withChars(CODE_CHARS).ofMinLength(1).ofMaxLength(64);
    }
}
