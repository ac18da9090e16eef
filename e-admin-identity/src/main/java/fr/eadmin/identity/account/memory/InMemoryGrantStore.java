package fr.eadmin.identity.account.memory;

import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.spi.GrantStore;
import fr.eadmin.identity.authz.ReadOnlyGrant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@link GrantStore} in memory. Thread-safe: every operation holds one lock. */
public final class InMemoryGrantStore implements GrantStore {
    private final Set<ReadOnlyGrant> grants = new LinkedHashSet<>();

    /** Creates an empty store. */
    public InMemoryGrantStore() {}

    @Override
    public synchronized boolean grant(ReadOnlyGrant grant) {
        return grants.add(Objects.requireNonNull(grant, "grant"));
    }

    @Override
    public synchronized boolean revoke(ReadOnlyGrant grant) {
        return grants.remove(Objects.requireNonNull(grant, "grant"));
    }

    @Override
    public synchronized Set<ReadOnlyGrant> grantsOf(AccountId account) {
        Objects.requireNonNull(account, "account");
        return grants.stream().filter(g -> g.account().equals(account)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized Set<ReadOnlyGrant> all() {
        return Set.copyOf(grants);
    }
}
