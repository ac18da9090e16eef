package fr.eadmin.core.memory;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.spi.TeleserviceStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.Teleservice;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;

/** A {@link TeleserviceStore} in memory, for tests and demonstrations. Thread-safe. */
public final class InMemoryTeleserviceStore implements TeleserviceStore {
    private final ConcurrentSkipListMap<String, Versioned<Teleservice>> teleservices = new ConcurrentSkipListMap<>();

    private InMemoryTeleserviceStore() {}

    /**
     * A new, empty store.
     *
     * @return the store
     */
    public static InMemoryTeleserviceStore create() {
        return new InMemoryTeleserviceStore();
    }

    @Override
    public Versioned<Teleservice> create(Teleservice teleservice) {
        Objects.requireNonNull(teleservice, "teleservice");
        Versioned<Teleservice> stored = new Versioned<>(teleservice, 1);
        if (teleservices.putIfAbsent(teleservice.code(), stored) != null) {
            throw new DuplicateKeyException(AGGREGATE_TYPE, teleservice.code());
        }
        return stored;
    }

    @Override
    public Optional<Versioned<Teleservice>> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(teleservices.get(code));
    }

    @Override
    public Versioned<Teleservice> update(Teleservice teleservice, long expectedVersion) {
        Objects.requireNonNull(teleservice, "teleservice");
        return teleservices.compute(teleservice.code(), (code, current) -> {
            check(code, current, expectedVersion);
            return new Versioned<>(teleservice, expectedVersion + 1);
        });
    }

    @Override
    public List<Versioned<Teleservice>> list() {
        return List.copyOf(teleservices.values());
    }

    private static void check(String code, @Nullable Versioned<Teleservice> current, long expectedVersion) {
        if (current == null) {
            throw new NotFoundException(AGGREGATE_TYPE, code);
        }
        if (current.version() != expectedVersion) {
            throw new ConcurrentUpdateException(AGGREGATE_TYPE, code, expectedVersion);
        }
    }
}
