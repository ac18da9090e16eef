package fr.eadmin.core.spi;

import java.util.Objects;

/**
 * A stored aggregate together with its version, the token of optimistic locking: an update names the
 * version it was based on and fails with {@link fr.eadmin.core.ConcurrentUpdateException} if the stored
 * version has moved on. Versions start at 1 and grow by one at each update.
 *
 * @param value the aggregate
 * @param version its version in the store, at least 1
 * @param <T> the aggregate type
 */
public record Versioned<T>(T value, long version) {
    /** Checks the values. */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, got " + version);
        }
    }
}
