package fr.eadmin.core.memory;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.UsagerId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DossierStore} in memory, for tests and demonstrations. Thread-safe: each operation is atomic on
 * the dossier it touches. Nothing survives the JVM.
 */
public final class InMemoryDossierStore implements DossierStore {
    private final ConcurrentMap<UsagerId, Versioned<DossierUsager>> dossiers = new ConcurrentHashMap<>();

    private InMemoryDossierStore() {}

    /**
     * A new, empty store.
     *
     * @return the store
     */
    public static InMemoryDossierStore create() {
        return new InMemoryDossierStore();
    }

    @Override
    public Versioned<DossierUsager> create(DossierUsager dossier) {
        Objects.requireNonNull(dossier, "dossier");
        Versioned<DossierUsager> stored = new Versioned<>(dossier, 1);
        if (dossiers.putIfAbsent(dossier.usager(), stored) != null) {
            throw new DuplicateKeyException(AGGREGATE_TYPE, dossier.usager().toString());
        }
        return stored;
    }

    @Override
    public Optional<Versioned<DossierUsager>> find(UsagerId usager) {
        Objects.requireNonNull(usager, "usager");
        return Optional.ofNullable(dossiers.get(usager));
    }

    @Override
    public Versioned<DossierUsager> update(DossierUsager dossier, long expectedVersion) {
        Objects.requireNonNull(dossier, "dossier");
        return dossiers.compute(dossier.usager(), (usager, current) -> {
            check(usager, current, expectedVersion);
            return new Versioned<>(dossier, expectedVersion + 1);
        });
    }

    @Override
    public void delete(UsagerId usager, long expectedVersion) {
        Objects.requireNonNull(usager, "usager");
        dossiers.compute(usager, (id, current) -> {
            check(id, current, expectedVersion);
            return null;
        });
    }

    private static void check(UsagerId usager, @Nullable Versioned<DossierUsager> current, long expectedVersion) {
        if (current == null) {
            throw new NotFoundException(AGGREGATE_TYPE, usager.toString());
        }
        if (current.version() != expectedVersion) {
            throw new ConcurrentUpdateException(AGGREGATE_TYPE, usager.toString(), expectedVersion);
        }
    }
}
