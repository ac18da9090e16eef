package fr.eadmin.identity.account.memory;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.spi.AccountLinkStore;
import fr.eadmin.identity.franceconnect.FranceConnectSubject;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An {@link AccountLinkStore} in memory. Thread-safe: every operation holds one lock. */
public final class InMemoryAccountLinkStore implements AccountLinkStore {
    private final OneToOne<UsagerId> individus = new OneToOne<>("individu");
    private final OneToOne<FranceConnectSubject> subjects = new OneToOne<>("subject");

    /** Creates an empty store. */
    public InMemoryAccountLinkStore() {}

    @Override
    public synchronized void linkIndividu(AccountId account, UsagerId individu) {
        individus.link(Objects.requireNonNull(account, "account"), Objects.requireNonNull(individu, "individu"));
    }

    @Override
    public synchronized Optional<UsagerId> individuOf(AccountId account) {
        return Optional.ofNullable(individus.byAccount.get(Objects.requireNonNull(account, "account")));
    }

    @Override
    public synchronized Optional<AccountId> accountOfIndividu(UsagerId individu) {
        return Optional.ofNullable(individus.byTarget.get(Objects.requireNonNull(individu, "individu")));
    }

    @Override
    public synchronized boolean unlinkIndividu(AccountId account) {
        return individus.unlink(Objects.requireNonNull(account, "account"));
    }

    @Override
    public synchronized void linkFranceConnect(AccountId account, FranceConnectSubject subject) {
        subjects.link(Objects.requireNonNull(account, "account"), Objects.requireNonNull(subject, "subject"));
    }

    @Override
    public synchronized Optional<AccountId> accountOfFranceConnect(FranceConnectSubject subject) {
        return Optional.ofNullable(subjects.byTarget.get(Objects.requireNonNull(subject, "subject")));
    }

    @Override
    public synchronized Optional<FranceConnectSubject> franceConnectOf(AccountId account) {
        return Optional.ofNullable(subjects.byAccount.get(Objects.requireNonNull(account, "account")));
    }

    @Override
    public synchronized boolean unlinkFranceConnect(AccountId account) {
        return subjects.unlink(Objects.requireNonNull(account, "account"));
    }

    private static final class OneToOne<T> {
        private final String targetKey;
        private final Map<AccountId, T> byAccount = new HashMap<>();
        private final Map<T, AccountId> byTarget = new HashMap<>();

        OneToOne(String targetKey) {
            this.targetKey = targetKey;
        }

        void link(AccountId account, T target) {
            if (byAccount.containsKey(account)) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, "account");
            }
            if (byTarget.containsKey(target)) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, targetKey);
            }
            byAccount.put(account, target);
            byTarget.put(target, account);
        }

        boolean unlink(AccountId account) {
            T target = byAccount.remove(account);
            if (target == null) {
                return false;
            }
            byTarget.remove(target);
            return true;
        }
    }
}
