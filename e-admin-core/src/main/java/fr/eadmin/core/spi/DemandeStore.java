package fr.eadmin.core.spi;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeChange;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeReference;
import fr.eadmin.core.demande.DemandeState;
import fr.eadmin.core.demande.ServiceLevel;
import fr.eadmin.core.usager.UsagerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the demandes, with optimistic locking, together with the journal entries and notifications of each
 * change: {@link #save(DemandeChange)} writes the new demande, appends the journal events and enqueues the
 * notifications in one atomic unit. Implementations are thread-safe, write nothing when they throw, and must
 * pass the contract tests of {@code e-admin-test}.
 *
 * <p>Lists are sorted by id (creation order) and hold at most {@link #MAX_LIST} demandes.
 */
public interface DemandeStore {
    /** The aggregate type named in the exceptions of this store. */
    String AGGREGATE_TYPE = "demande";

    /** The most demandes a list returns. */
    int MAX_LIST = 10_000;

    /**
     * Allocates the next reference of a year: unique, increasing within the year; numbers may be skipped (a
     * reference allocated for a demande that is never saved is not reused).
     *
     * @param year the year, 2000 to 9999
     * @return the reference
     */
    DemandeReference allocateReference(int year);

    /**
     * Writes one change: creates the demande (expected version 0) or replaces it, appends the events to the
     * journal and enqueues the notifications, all or nothing.
     *
     * @param change the change
     * @return the demande and its new version (1 for a creation)
     * @throws DuplicateKeyException on creation, if the id or the reference is taken
     * @throws NotFoundException on update, if no demande has this id
     * @throws ConcurrentUpdateException on update, if the stored version is not the expected one
     */
    Versioned<Demande> save(DemandeChange change);

    /**
     * Finds a demande.
     *
     * @param id its id
     * @return the demande and its version, or empty
     */
    Optional<Versioned<Demande>> find(DemandeId id);

    /**
     * Finds a demande by its reference.
     *
     * @param reference the reference
     * @return the demande and its version, or empty
     */
    Optional<Versioned<Demande>> findByReference(DemandeReference reference);

    /**
     * The demandes a usager filed or that are for them.
     *
     * @param usager the usager, demandeur or beneficiary
     * @return the demandes
     */
    List<Versioned<Demande>> findByUsager(UsagerId usager);

    /**
     * The demandes of a téléservice.
     *
     * @param teleservice the téléservice's code
     * @return the demandes
     */
    List<Versioned<Demande>> findByTeleservice(String teleservice);

    /**
     * The demandes in a state.
     *
     * @param state the state
     * @return the demandes
     */
    List<Versioned<Demande>> findByState(DemandeState state);

    /**
     * The demandes whose delay ran out before {@code today} and still runs: pending, not reopened, not flagged
     * late ({@link fr.eadmin.core.demande.DemandeDelay#expiredOn}).
     *
     * @param today the day
     * @param max the most ids to return, at least 1
     * @return their ids, earliest deadline first
     */
    List<DemandeId> findExpired(LocalDate today, int max);

    /**
     * The service level of a téléservice over the demandes received in {@code [from, to)}.
     *
     * @param teleservice the téléservice's code
     * @param from the first day
     * @param to the day after the last
     * @param asOf today, which decides what is late
     * @return the report
     */
    ServiceLevel serviceLevel(String teleservice, LocalDate from, LocalDate to, LocalDate asOf);
}
