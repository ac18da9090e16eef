package fr.eadmin.identity.franceconnect;

import fr.eadmin.identity.franceconnect.spi.PendingLoginStore;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link PendingLoginStore} in memory, for one node: a portal on several nodes keeps pending logins in a
 * shared store instead ({@link fr.eadmin.identity.jdbc.JdbcPendingLoginStore}). It holds a bounded number of
 * logins: when full, the oldest started is forgotten, so that logins started and never finished (by
 * robots, or usagers who went away) cannot exhaust the memory. Thread-safe: every operation holds one lock.
 */
public final class InMemoryPendingLoginStore implements PendingLoginStore {
    /** The capacity of {@link #InMemoryPendingLoginStore()}. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final LinkedHashMap<String, PendingLogin> byState = new LinkedHashMap<>();

    /** Creates an empty store holding at most {@value #DEFAULT_CAPACITY} logins. */
    public InMemoryPendingLoginStore() {
        this(DEFAULT_CAPACITY);
    }

    private InMemoryPendingLoginStore(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Creates an empty store holding at most the given number of logins.
     *
     * @param capacity the most logins kept, at least 1
     * @return the store
     * @throws IllegalArgumentException if the capacity is below 1
     */
    public static InMemoryPendingLoginStore withCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the capacity is at least 1");
        }
        return new InMemoryPendingLoginStore(capacity);
    }

    @Override
    public synchronized void save(PendingLogin login) {
        Objects.requireNonNull(login, "login");
        if (byState.containsKey(login.state())) {
            throw new IllegalStateException("a state is never reused");
        }
        if (byState.size() >= capacity) {
            Iterator<String> oldest = byState.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byState.put(login.state(), login);
    }

    @Override
    public synchronized Optional<PendingLogin> take(String state) {
        return Optional.ofNullable(byState.remove(Objects.requireNonNull(state, "state")));
    }

    /**
     * Forgets the logins started before an instant and never finished.
     *
     * @param before the instant
     * @return how many were forgotten
     */
    public synchronized int purgeStartedBefore(Instant before) {
        Objects.requireNonNull(before, "before");
        int size = byState.size();
        byState.values().removeIf(login -> login.createdAt().isBefore(before));
        return size - byState.size();
    }
}
