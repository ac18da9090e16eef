package fr.eadmin.core.spi;

import fr.eadmin.core.journal.EmptyJournalException;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.journal.JournalVerification;
import fr.eadmin.core.journal.JournalVerifier;
import java.util.List;
import java.util.Optional;

/**
 * The traceability journal: an append-only sequence of {@link JournalEntry entries}, at positions 1, 2, 3…
 * without gaps, each chained to the one before by its hash, sealed from time to time by a trusted timestamp.
 * Entries are never changed nor deleted; the journal offers no way to do either.
 *
 * <p>Appends are atomic (all the events of one call, or none) and safe when several threads or application
 * nodes append at once: positions stay gapless and the chain unbroken. Reads and verification page through
 * the journal, which may hold millions of entries.
 *
 * <p>Implementations are thread-safe, and must pass the contract tests of {@code e-admin-test}.
 */
public interface Journal {
    /** The largest page {@link #read} returns. */
    int MAX_PAGE = 10_000;

    /**
     * Appends one event.
     *
     * @param event the event
     * @return its entry, at the position after the current head
     */
    default JournalEntry append(JournalEvent event) {
        return append(List.of(event)).get(0);
    }

    /**
     * Appends several events atomically, at consecutive positions, in the order given.
     *
     * @param events the events (none: nothing is appended)
     * @return their entries, in the same order
     */
    List<JournalEntry> append(List<JournalEvent> events);

    /**
     * Reads a page of entries.
     *
     * @param fromPosition the first position to read, from 1
     * @param limit the most entries to return, 1 to {@value #MAX_PAGE}
     * @return the entries from that position on, in position order; fewer than {@code limit} (or none) at
     *     the end of the journal
     * @throws IllegalArgumentException if the position is below 1 or the limit out of range
     */
    List<JournalEntry> read(long fromPosition, int limit);

    /**
     * The entries about one subject, such as every event of one demande: the extract of its dossier.
     *
     * @param subjectType the subject type, such as {@code demande}
     * @param subjectId the subject's technical id
     * @return its entries in position order; empty if none
     */
    List<JournalEntry> about(String subjectType, String subjectId);

    /**
     * The last entry.
     *
     * @return the entry at the highest position, or empty if the journal is empty
     */
    Optional<JournalEntry> head();

    /**
     * Checks the whole journal ({@link JournalVerifier}): the chain from the first entry, and that every seal
     * names the hash of the entry at its position. Seals' tokens are not checked: see {@link
     * #verify(Timestamper)}.
     *
     * @return the outcome: valid, or the first bad position and what is wrong there
     */
    JournalVerification verify();

    /**
     * Checks the whole journal as {@link #verify()} does, and also every seal's token with the service that
     * issued it.
     *
     * @param timestamper the service that issued the seals
     * @return the outcome: valid, or the first bad position and what is wrong there
     */
    JournalVerification verify(Timestamper timestamper);

    /**
     * Seals the journal: timestamps the hash of the current head and keeps the seal. Each call makes a new
     * seal, even of a head already sealed (to renew a seal before its service's certificate expires).
     *
     * @param timestamper the trusted timestamping service
     * @return the seal
     * @throws EmptyJournalException if the journal has no entry yet
     */
    JournalSeal seal(Timestamper timestamper);

    /**
     * The seals made so far.
     *
     * @return the seals in position order, then in the order they were made
     */
    List<JournalSeal> seals();
}
