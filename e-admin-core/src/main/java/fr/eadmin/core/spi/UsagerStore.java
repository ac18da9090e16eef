package fr.eadmin.core.spi;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the usagers of a town, with optimistic locking: every stored usager has a version, which starts at 1
 * and grows by one at each update; an update or a delete names the version it was based on.
 *
 * <p>Unique keys: the id of every usager, the SIRET of every {@link fr.eadmin.core.usager.Entreprise}, the RNA
 * number of every {@link fr.eadmin.core.usager.Association}. The store does not check references between
 * usagers: a {@link Foyer} may name an individu that is not (or no longer) stored.
 *
 * <p>When several conditions fail at once, an implementation reports the first in this order: not found,
 * concurrent update, kind change, duplicate key. Whatever it throws, it writes nothing.
 *
 * <p>Implementations are thread-safe, and must pass the contract tests of {@code e-admin-test}.
 */
public interface UsagerStore {
    /** The aggregate type named in the exceptions of this store. */
    String AGGREGATE_TYPE = "usager";

    /**
     * Stores a new usager, at version 1.
     *
     * @param usager the usager
     * @return the usager and its version, 1
     * @throws DuplicateKeyException if a usager with the same id, or an entreprise with the same SIRET, or an
     *     association with the same RNA number is already stored; the exception's key is the id, the SIRET
     *     or the RNA number (never personal data)
     */
    Versioned<Usager> create(Usager usager);

    /**
     * Finds a usager by id.
     *
     * @param id the id
     * @return the usager and its version, or empty if none is stored with this id
     */
    Optional<Versioned<Usager>> find(UsagerId id);

    /**
     * Replaces a stored usager by a new value of the same kind, and increments its version.
     *
     * @param usager the new value; its id names the usager to replace
     * @param expectedVersion the version the change was based on
     * @return the new value and its version, {@code expectedVersion + 1}
     * @throws NotFoundException if no usager is stored with this id
     * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     * @throws UsagerKindChangeException if the stored usager is of another kind
     * @throws DuplicateKeyException if the new SIRET or RNA number is already another usager's
     */
    Versioned<Usager> update(Usager usager, long expectedVersion);

    /**
     * Deletes a stored usager. Its dossier, and foyers naming it, are left as they are: the caller deletes or
     * changes them.
     *
     * @param id the id
     * @param expectedVersion the version the decision to delete was based on
     * @throws NotFoundException if no usager is stored with this id
     * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     */
    void delete(UsagerId id, long expectedVersion);

    /**
     * Finds the entreprise of a SIRET.
     *
     * @param siret the SIRET
     * @return the entreprise and its version, or empty if none is stored with this SIRET
     */
    Optional<Versioned<Usager>> findBySiret(Siret siret);

    /**
     * Finds the association of an RNA number.
     *
     * @param rna the RNA number
     * @return the association and its version, or empty if none is stored with this number
     */
    Optional<Versioned<Usager>> findByRna(Rna rna);

    /**
     * The foyers an individu is a member of, whatever its role.
     *
     * @param individu the id of the individu
     * @return the foyers and their versions, ordered by foyer id (so by creation time); empty if none
     */
    List<Versioned<Foyer>> foyersOf(UsagerId individu);
}
