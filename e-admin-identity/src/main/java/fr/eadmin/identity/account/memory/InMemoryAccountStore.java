package fr.eadmin.identity.account.memory;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.spi.AccountStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An {@link AccountStore} in memory. Thread-safe: every operation holds one lock. */
public final class InMemoryAccountStore implements AccountStore {
    private final Object lock = new Object();
    private final Map<AccountId, Versioned<Account>> byId = new HashMap<>();
    private final Map<String, AccountId> byLogin = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryAccountStore() {}

    @Override
    public Versioned<Account> create(Account account) {
        Objects.requireNonNull(account, "account");
        synchronized (lock) {
            if (byId.containsKey(account.id())) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, account.id().toString());
            }
            if (byLogin.containsKey(Account.loginKey(account.login()))) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, "login");
            }
            Versioned<Account> stored = new Versioned<>(account, 1);
            byId.put(account.id(), stored);
            byLogin.put(Account.loginKey(account.login()), account.id());
            return stored;
        }
    }

    @Override
    public Optional<Versioned<Account>> find(AccountId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    @Override
    public Optional<Versioned<Account>> findByLogin(Email login) {
        Objects.requireNonNull(login, "login");
        synchronized (lock) {
            AccountId id = byLogin.get(Account.loginKey(login));
            return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
        }
    }

    @Override
    public Versioned<Account> update(Account account, long expectedVersion) {
        Objects.requireNonNull(account, "account");
        synchronized (lock) {
            Versioned<Account> current = byId.get(account.id());
            if (current == null) {
                throw new NotFoundException(AGGREGATE_TYPE, account.id().toString());
            }
            if (current.version() != expectedVersion) {
                throw new ConcurrentUpdateException(AGGREGATE_TYPE, account.id().toString(), expectedVersion);
            }
            String oldKey = Account.loginKey(current.value().login());
            String newKey = Account.loginKey(account.login());
            if (!oldKey.equals(newKey) && byLogin.containsKey(newKey)) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, "login");
            }
            byLogin.remove(oldKey);
            byLogin.put(newKey, account.id());
            Versioned<Account> stored = new Versioned<>(account, expectedVersion + 1);
            byId.put(account.id(), stored);
            return stored;
        }
    }
}
