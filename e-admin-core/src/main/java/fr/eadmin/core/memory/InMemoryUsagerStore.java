package fr.eadmin.core.memory;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.spi.UsagerKindChangeException;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Entreprise;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link UsagerStore} in memory, for tests and demonstrations. Thread-safe: every operation holds one lock,
 * so each is atomic. Nothing survives the JVM.
 */
public final class InMemoryUsagerStore implements UsagerStore {
    private final Object lock = new Object();
    private final Map<UsagerId, Versioned<Usager>> byId = new TreeMap<>();
    private final Map<Siret, UsagerId> bySiret = new HashMap<>();
    private final Map<Rna, UsagerId> byRna = new HashMap<>();

    private InMemoryUsagerStore() {}

    /**
     * A new, empty store.
     *
     * @return the store
     */
    public static InMemoryUsagerStore create() {
        return new InMemoryUsagerStore();
    }

    @Override
    public Versioned<Usager> create(Usager usager) {
        Objects.requireNonNull(usager, "usager");
        synchronized (lock) {
            if (byId.containsKey(usager.id())) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, usager.id().toString());
            }
            checkBusinessKeys(usager);
            Versioned<Usager> stored = new Versioned<>(usager, 1);
            put(stored);
            return stored;
        }
    }

    @Override
    public Optional<Versioned<Usager>> find(UsagerId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    @Override
    public Versioned<Usager> update(Usager usager, long expectedVersion) {
        Objects.requireNonNull(usager, "usager");
        synchronized (lock) {
            Versioned<Usager> current = current(usager.id(), expectedVersion);
            if (current.value().kind() != usager.kind()) {
                throw new UsagerKindChangeException(usager.id(), current.value().kind(), usager.kind());
            }
            checkBusinessKeys(usager);
            removeKeys(current.value());
            Versioned<Usager> stored = new Versioned<>(usager, expectedVersion + 1);
            put(stored);
            return stored;
        }
    }

    @Override
    public void delete(UsagerId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            Versioned<Usager> current = current(id, expectedVersion);
            removeKeys(current.value());
            byId.remove(id);
        }
    }

    @Override
    public Optional<Versioned<Usager>> findBySiret(Siret siret) {
        Objects.requireNonNull(siret, "siret");
        synchronized (lock) {
            return Optional.ofNullable(bySiret.get(siret)).map(byId::get);
        }
    }

    @Override
    public Optional<Versioned<Usager>> findByRna(Rna rna) {
        Objects.requireNonNull(rna, "rna");
        synchronized (lock) {
            return Optional.ofNullable(byRna.get(rna)).map(byId::get);
        }
    }

    @Override
    public List<Versioned<Foyer>> foyersOf(UsagerId individu) {
        Objects.requireNonNull(individu, "individu");
        synchronized (lock) {
            return byId.values().stream()
                    .filter(v -> v.value() instanceof Foyer foyer && foyer.isMembre(individu))
                    .map(v -> new Versioned<>((Foyer) v.value(), v.version()))
                    .toList();
        }
    }

    private Versioned<Usager> current(UsagerId id, long expectedVersion) {
        Versioned<Usager> current = byId.get(id);
        if (current == null) {
            throw new NotFoundException(AGGREGATE_TYPE, id.toString());
        }
        if (current.version() != expectedVersion) {
            throw new ConcurrentUpdateException(AGGREGATE_TYPE, id.toString(), expectedVersion);
        }
        return current;
    }

    /** Refuses a SIRET or an RNA number that another usager already has. */
    private void checkBusinessKeys(Usager usager) {
        if (usager instanceof Entreprise entreprise) {
            checkOwner(
                    bySiret.get(entreprise.siret()),
                    usager.id(),
                    entreprise.siret().toString());
        } else if (usager instanceof Association association) {
            checkOwner(
                    byRna.get(association.rna()), usager.id(), association.rna().toString());
        }
    }

    private static void checkOwner(@Nullable UsagerId owner, UsagerId id, String key) {
        if (owner != null && !owner.equals(id)) {
            throw new DuplicateKeyException(AGGREGATE_TYPE, key);
        }
    }

    private void put(Versioned<Usager> stored) {
        Usager usager = stored.value();
        byId.put(usager.id(), stored);
        if (usager instanceof Entreprise entreprise) {
            bySiret.put(entreprise.siret(), usager.id());
        } else if (usager instanceof Association association) {
            byRna.put(association.rna(), usager.id());
        }
    }

    private void removeKeys(Usager usager) {
        if (usager instanceof Entreprise entreprise) {
            bySiret.remove(entreprise.siret());
        } else if (usager instanceof Association association) {
            byRna.remove(association.rna());
        }
    }
}
