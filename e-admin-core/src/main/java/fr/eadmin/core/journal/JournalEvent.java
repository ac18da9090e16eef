package fr.eadmin.core.journal;

import fr.eadmin.core.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Something that happened and must be traced: who ({@link Actor}) did what (an action code) to what (a
 * subject type and id), when, with a few details.
 *
 * {@snippet :
 * JournalEvent event = JournalEvent.now(clock, Actor.agent("mairie-maurepas", "a-1042"),
 *         "usager.consulte", "usager", usagerId.toString(), Map.of("motif", "instruction"));
 * }
 *
 * <h2>No personal data</h2>
 *
 * The journal is kept for years and cannot be purged entry by entry without breaking its chain, so an event
 * names things by their technical ids and codes only: never a name, an address, an email, a telephone
 * number, a NIR, an IBAN or any free text typed by a person. The values below are restricted to characters
 * that ids and codes use (no spaces, no {@code @}), which keeps out most free text by accident; it cannot
 * recognise a name written as one word, so callers must put ids and codes only.
 *
 * <h2>Values</h2>
 *
 * <ul>
 *   <li>{@code at}: kept to the microsecond (finer digits are dropped, as databases would), between
 *       1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z.
 *   <li>{@code action}: dot-separated lower-case words, such as {@code demande.deposee} or {@code
 *       usager.consulte}: each word a lower-case letter then lower-case letters, digits, {@code _} or {@code
 *       -}; at most {@value #MAX_ACTION} characters.
 *   <li>{@code subjectType}: a lower-case word such as {@code demande}, {@code usager} or {@code dossier}
 *       (a lower-case letter then lower-case letters, digits, {@code _}, {@code -} or {@code .}); at most
 *       {@value #MAX_SUBJECT_TYPE} characters.
 *   <li>{@code subjectId}: the subject's technical id, 1 to {@value #MAX_SUBJECT_ID} letters, digits, {@code
 *       .}, {@code _}, {@code -} or {@code :}.
 *   <li>{@code details}: at most {@value #MAX_DETAILS} entries; keys are a letter then letters, digits, {@code
 *       .}, {@code _} or {@code -}, at most {@value #MAX_KEY} characters; values are 0 to {@value #MAX_VALUE}
 *       letters, digits or {@code . _ - : / + = ,} (ids, codes, ISO dates and times, actor references).
 *       Kept sorted by key.
 * </ul>
 *
 * @param at when it happened, to the microsecond
 * @param actor who did it
 * @param action what was done, such as {@code demande.deposee}
 * @param subjectType the kind of thing it was done to, such as {@code demande}
 * @param subjectId the technical id of that thing
 * @param details ids and codes completing the action (a status, the id of a pièce…), sorted by key
 */
public record JournalEvent(
        Instant at, Actor actor, String action, String subjectType, String subjectId, Map<String, String> details) {

    /** The longest action code. */
    public static final int MAX_ACTION = 100;
    /** The longest subject type. */
    public static final int MAX_SUBJECT_TYPE = 50;
    /** The longest subject id. */
    public static final int MAX_SUBJECT_ID = 100;
    /** The largest number of details. */
    public static final int MAX_DETAILS = 64;
    /** The longest detail key. */
    public static final int MAX_KEY = 64;
    /** The longest detail value. */
    public static final int MAX_VALUE = 256;

    /** The earliest time an event may have. */
    public static final Instant EARLIEST = Instant.EPOCH;
    /** The latest time an event may have. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*");
    private static final Pattern SUBJECT_TYPE = Pattern.compile("[a-z][a-z0-9_.-]*");
    private static final Pattern SUBJECT_ID = Pattern.compile("[A-Za-z0-9._:-]+");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._:/+=,-]*");

    /**
     * Checks the values, drops the digits of {@code at} finer than the microsecond and sorts the details.
     *
     * @throws IllegalArgumentException if a value is out of the rules above (the message names the field,
     *     never its value)
     */
    public JournalEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        at = at.truncatedTo(ChronoUnit.MICROS);
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException("at must be between " + EARLIEST + " and " + LATEST);
        }
        check("action", action, ACTION, MAX_ACTION, 1);
        check("subjectType", subjectType, SUBJECT_TYPE, MAX_SUBJECT_TYPE, 1);
        check("subjectId", subjectId, SUBJECT_ID, MAX_SUBJECT_ID, 1);
        Objects.requireNonNull(details, "details");
        if (details.size() > MAX_DETAILS) {
            throw new IllegalArgumentException("at most " + MAX_DETAILS + " details");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> detail : details.entrySet()) {
            String key = detail.getKey();
            check("detail key", key, KEY, MAX_KEY, 1);
            check("detail " + key, detail.getValue(), VALUE, MAX_VALUE, 0);
            sorted.put(key, detail.getValue());
        }
        details = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * An event happening now.
     *
     * @param clock the clock giving the time
     * @param actor who did it
     * @param action what was done
     * @param subjectType the kind of thing it was done to
     * @param subjectId the technical id of that thing
     * @param details ids and codes completing the action
     * @return the event
     */
    public static JournalEvent now(
            Clock clock,
            Actor actor,
            String action,
            String subjectType,
            String subjectId,
            Map<String, String> details) {
        Objects.requireNonNull(clock, "clock");
        return new JournalEvent(clock.instant(), actor, action, subjectType, subjectId, details);
    }

    /**
     * An event happening now, without details.
     *
     * @param clock the clock giving the time
     * @param actor who did it
     * @param action what was done
     * @param subjectType the kind of thing it was done to
     * @param subjectId the technical id of that thing
     * @return the event
     */
    public static JournalEvent now(Clock clock, Actor actor, String action, String subjectType, String subjectId) {
        return now(clock, actor, action, subjectType, subjectId, Map.of());
    }

    private static void check(String field, String value, Pattern pattern, int maxLength, int minLength) {
        Objects.requireNonNull(value, field);
        if (value.length() < minLength
                || value.length() > maxLength
                || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " is not a valid code (see JournalEvent)");
        }
    }
}
