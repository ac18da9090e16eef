package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.AccountKind;
import fr.eadmin.identity.account.AccountStatus;
import fr.eadmin.identity.account.PasswordHash;
import fr.eadmin.identity.account.TotpSecret;
import fr.eadmin.identity.account.spi.AccountStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AccountStore}: every implementation's test extends this class and provides the
 * store. Each test uses fresh ids and logins, so that one database may serve the whole class.
 */
public abstract class AccountStoreContract extends StoreContract<AccountStore> {
    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Siren TOWN = Siren.parse("213105554");
    private static final PasswordHash HASH = PasswordHash.parse(
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g");

    /** For subclasses. */
    protected AccountStoreContract() {}

    private static Email freshLogin() {
        return Email.parse("Jeanne." + UUID.randomUUID().toString().substring(0, 8) + "@Ville-Test.fr");
    }

    @Test
    void createsAtVersionOneAndFindsByIdAndByLoginIgnoringCase() {
        Account account = Account.newUsager(AccountId.random(), freshLogin(), CREATED);

        assertThat(store().create(account)).isEqualTo(new Versioned<>(account, 1));

        assertThat(store().find(account.id())).contains(new Versioned<>(account, 1));
        assertThat(store().findByLogin(Email.parse(account.login().value().toUpperCase(java.util.Locale.ROOT))))
                .contains(new Versioned<>(account, 1));
        assertThat(store().find(AccountId.random())).isEmpty();
        assertThat(store().findByLogin(freshLogin())).isEmpty();
    }

    @Test
    void keepsEveryFieldOfAnAgentWithPasswordAndSecondFactor() {
        Account agent = Account.newAgent(AccountId.random(), AccountKind.PARTNER_AGENT, freshLogin(), TOWN, CREATED)
                .withPasswordHash(HASH)
                .withTotpSecret(new TotpSecret(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}))
                .withLastTotpStep(59_000_123L)
                .withStatus(AccountStatus.ACTIVE);

        store().create(agent);

        assertThat(store().find(agent.id())).contains(new Versioned<>(agent, 1));
    }

    @Test
    void refusesADuplicateIdOrLoginWithoutNamingTheAddress() {
        Account account = Account.newUsager(AccountId.random(), freshLogin(), CREATED);
        store().create(account);

        assertThatThrownBy(() -> store().create(Account.newUsager(account.id(), freshLogin(), CREATED)))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key())
                        .isEqualTo(account.id().toString()));
        Email sameIgnoringCase = Email.parse(account.login().value().toLowerCase(java.util.Locale.ROOT));
        assertThatThrownBy(() -> store().create(Account.newUsager(AccountId.random(), sameIgnoringCase, CREATED)))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("login"))
                .hasMessageNotContaining(sameIgnoringCase.value());
    }

    @Test
    void updatesUnderOptimisticLocking() {
        Account account = Account.newUsager(AccountId.random(), freshLogin(), CREATED);
        store().create(account);

        Versioned<Account> active = store().update(account.withStatus(AccountStatus.ACTIVE), 1);

        assertThat(active.version()).isEqualTo(2);
        assertThat(store().find(account.id())).contains(active);
        assertThatThrownBy(() -> store().update(account.withStatus(AccountStatus.LOCKED), 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.expectedVersion())
                        .isEqualTo(1));
        assertThat(store().find(account.id())).contains(active);
        assertThatThrownBy(() -> store().update(Account.newUsager(AccountId.random(), freshLogin(), CREATED), 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void movesTheLoginAndRefusesOneTaken() {
        Account first = Account.newUsager(AccountId.random(), freshLogin(), CREATED);
        Account second = Account.newUsager(AccountId.random(), freshLogin(), CREATED);
        store().create(first);
        store().create(second);
        Email newLogin = freshLogin();

        store().update(withLogin(first, newLogin), 1);

        assertThat(store().findByLogin(first.login())).isEmpty();
        assertThat(store().findByLogin(newLogin)).map(Versioned::version).contains(2L);
        assertThatThrownBy(() -> store().update(withLogin(second, newLogin), 1))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("login"));
        assertThat(store().find(second.id())).contains(new Versioned<>(second, 1));
    }

    @Test
    void letsOneOfConcurrentUpdatesOfOneVersionWin() throws Exception {
        Account account = Account.newAgent(AccountId.random(), AccountKind.AGENT, freshLogin(), TOWN, CREATED);
        store().create(account);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long step = 1000 + i;
            tasks.add(() -> {
                try {
                    store().update(account.withLastTotpStep(step), 1);
                    return true;
                } catch (ConcurrentUpdateException e) {
                    return false;
                }
            });
        }

        List<Boolean> results = Concurrency.runTogether(tasks);

        assertThat(results).containsOnlyOnce(true);
        assertThat(store().find(account.id())).map(Versioned::version).contains(2L);
    }

    private static Account withLogin(Account account, Email login) {
        return new Account(
                account.id(),
                account.kind(),
                login,
                account.status(),
                account.passwordHash(),
                account.totpSecret(),
                account.lastTotpStep(),
                account.organisation(),
                account.createdAt());
    }
}
