package fr.eadmin.core.spi;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.usager.UsagerId;
import java.util.Optional;

/**
 * Keeps the dossiers usager, one per usager, keyed by the usager's id, with optimistic locking: every stored
 * dossier has a version, which starts at 1 and grows by one at each update.
 *
 * <p>The store does not check that the usager exists in a {@link UsagerStore}: the two aggregates are
 * stored apart (see {@link DossierUsager}). It does not touch the blobs the pièces refer to.
 *
 * <p>When several conditions fail at once, an implementation reports the first in this order: not found,
 * concurrent update. Whatever it throws, it writes nothing.
 *
 * <p>Implementations are thread-safe, and must pass the contract tests of {@code e-admin-test}.
 */
public interface DossierStore {
    /** The aggregate type named in the exceptions of this store. */
    String AGGREGATE_TYPE = "dossier";

    /**
     * Stores the dossier of a usager, at version 1.
     *
     * @param dossier the dossier, often {@link DossierUsager#empty(UsagerId)}
     * @return the dossier and its version, 1
     * @throws DuplicateKeyException if a dossier is already stored for this usager; the key is the usager's id
     */
    Versioned<DossierUsager> create(DossierUsager dossier);

    /**
     * Finds the dossier of a usager.
     *
     * @param usager the id of the usager
     * @return the dossier and its version, or empty if none is stored for this usager
     */
    Optional<Versioned<DossierUsager>> find(UsagerId usager);

    /**
     * Replaces the stored dossier of a usager, and increments its version.
     *
     * @param dossier the new value; its usager names the dossier to replace
     * @param expectedVersion the version the change was based on
     * @return the new value and its version, {@code expectedVersion + 1}
     * @throws NotFoundException if no dossier is stored for this usager
     * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     */
    Versioned<DossierUsager> update(DossierUsager dossier, long expectedVersion);

    /**
     * Deletes the dossier of a usager, as when the usager is deleted or their data purged. The blobs of its
     * pièces stay in the blob store: the caller deletes those no demande refers to.
     *
     * @param usager the id of the usager
     * @param expectedVersion the version the decision to delete was based on
     * @throws NotFoundException if no dossier is stored for this usager
     * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     */
    void delete(UsagerId usager, long expectedVersion);
}
