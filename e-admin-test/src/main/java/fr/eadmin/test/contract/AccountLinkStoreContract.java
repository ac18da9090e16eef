package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.spi.AccountLinkStore;
import fr.eadmin.identity.franceconnect.FranceConnectSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AccountLinkStore}: every implementation's test extends this class and provides the
 * store. Each test uses fresh accounts, individus and subjects, so that one database may serve the class.
 */
public abstract class AccountLinkStoreContract extends StoreContract<AccountLinkStore> {
    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    /** For subclasses. */
    protected AccountLinkStoreContract() {}

    private static FranceConnectSubject freshSubject() {
        return new FranceConnectSubject(UUID.randomUUID().toString().replace("-", "") + "v1");
    }

    @Test
    void linksAnAccountToItsIndividuBothWays() {
        AccountId account = AccountId.random();
        UsagerId individu = UsagerId.random();

        store().linkIndividu(account, individu);

        assertThat(store().individuOf(account)).contains(individu);
        assertThat(store().accountOfIndividu(individu)).contains(account);
        assertThat(store().individuOf(AccountId.random())).isEmpty();
        assertThat(store().accountOfIndividu(UsagerId.random())).isEmpty();
    }

    @Test
    void keepsEachIndividuLinkOneToOne() {
        AccountId account = AccountId.random();
        UsagerId individu = UsagerId.random();
        store().linkIndividu(account, individu);

        assertThatThrownBy(() -> store().linkIndividu(account, UsagerId.random()))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("account"));
        assertThatThrownBy(() -> store().linkIndividu(AccountId.random(), individu))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("individu"));
        assertThat(store().individuOf(account)).contains(individu);
    }

    @Test
    void unlinksAnIndividuSoThatItCanBeLinkedAgain() {
        AccountId account = AccountId.random();
        UsagerId individu = UsagerId.random();
        store().linkIndividu(account, individu);

        assertThat(store().unlinkIndividu(account)).isTrue();
        assertThat(store().unlinkIndividu(account)).isFalse();
        assertThat(store().individuOf(account)).isEmpty();
        assertThat(store().accountOfIndividu(individu)).isEmpty();
        AccountId other = AccountId.random();
        store().linkIndividu(other, individu);
        assertThat(store().accountOfIndividu(individu)).contains(other);
    }

    @Test
    void linksAnAccountToFranceConnectOneToOne() {
        AccountId account = AccountId.random();
        FranceConnectSubject subject = freshSubject();

        store().linkFranceConnect(account, subject);

        assertThat(store().accountOfFranceConnect(subject)).contains(account);
        assertThat(store().franceConnectOf(account)).contains(subject);
        assertThat(store().accountOfFranceConnect(freshSubject())).isEmpty();
        assertThatThrownBy(() -> store().linkFranceConnect(account, freshSubject()))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("account"));
        assertThatThrownBy(() -> store().linkFranceConnect(AccountId.random(), subject))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("subject"));
        assertThat(store().unlinkFranceConnect(account)).isTrue();
        assertThat(store().unlinkFranceConnect(account)).isFalse();
        assertThat(store().accountOfFranceConnect(subject)).isEmpty();
    }

    @Test
    void linksOneSubjectToOneAccountWhenAccountsRaceForIt() throws Exception {
        FranceConnectSubject subject = freshSubject();
        List<AccountId> accounts = new ArrayList<>();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            AccountId account = AccountId.random();
            accounts.add(account);
            tasks.add(() -> {
                try {
                    store().linkFranceConnect(account, subject);
                    return true;
                } catch (DuplicateKeyException e) {
                    return false;
                }
            });
        }

        List<Boolean> results = Concurrency.runTogether(tasks);

        assertThat(results).containsOnlyOnce(true);
        assertThat(store().accountOfFranceConnect(subject)).contains(accounts.get(results.indexOf(true)));
    }
}
