package fr.eadmin.core.spi;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.teleservice.Teleservice;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the téléservices of a portal, keyed by their code, with optimistic locking: every stored téléservice
 * has a version, which starts at 1 and grows by one at each update. A portal may load its catalogue from JSON
 * at startup instead; the store is for portals whose agents edit the catalogue.
 *
 * <p>Implementations are thread-safe, write nothing when they throw, and must pass the contract tests of
 * {@code e-admin-test}.
 */
public interface TeleserviceStore {
    /** The aggregate type named in the exceptions of this store. */
    String AGGREGATE_TYPE = "teleservice";

    /**
     * Stores a new téléservice, at version 1.
     *
     * @param teleservice the téléservice
     * @return the téléservice and its version, 1
     * @throws DuplicateKeyException if one with the same code is stored; the key is the code
     */
    Versioned<Teleservice> create(Teleservice teleservice);

    /**
     * Finds a téléservice.
     *
     * @param code its code
     * @return the téléservice and its version, or empty if none has this code
     */
    Optional<Versioned<Teleservice>> find(String code);

    /**
     * Replaces a stored téléservice and increments its version.
     *
     * @param teleservice the new value; its code names the téléservice to replace
     * @param expectedVersion the version the change was based on
     * @return the new value and its version
     * @throws NotFoundException if none has this code
     * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     */
    Versioned<Teleservice> update(Teleservice teleservice, long expectedVersion);

    /**
     * All the téléservices, by code.
     *
     * @return the téléservices and their versions, sorted by code
     */
    List<Versioned<Teleservice>> list();
}
