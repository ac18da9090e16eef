package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.spi.GrantStore;
import fr.eadmin.identity.authz.ReadOnlyGrant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link GrantStore}: every implementation's test extends this class and provides the store.
 * Each test uses fresh accounts, so that one database may serve the whole class.
 */
public abstract class GrantStoreContract extends StoreContract<GrantStore> {
    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    /** For subclasses. */
    protected GrantStoreContract() {}

    @Test
    void recordsListsAndWithdrawsGrants() {
        AccountId parent = AccountId.random();
        ReadOnlyGrant child = new ReadOnlyGrant(parent, UsagerId.random());
        ReadOnlyGrant sibling = new ReadOnlyGrant(parent, UsagerId.random());
        ReadOnlyGrant other = new ReadOnlyGrant(AccountId.random(), child.usager());

        assertThat(store().grant(child)).isTrue();
        assertThat(store().grant(sibling)).isTrue();
        assertThat(store().grant(other)).isTrue();

        assertThat(store().grantsOf(parent)).containsExactlyInAnyOrder(child, sibling);
        assertThat(store().all()).contains(child, sibling, other);
        assertThat(store().revoke(sibling)).isTrue();
        assertThat(store().revoke(sibling)).isFalse();
        assertThat(store().grantsOf(parent)).containsExactly(child);
        assertThat(store().grantsOf(AccountId.random())).isEmpty();
    }

    @Test
    void recordsAGrantOnceEvenWhenGivenConcurrently() throws Exception {
        ReadOnlyGrant grant = new ReadOnlyGrant(AccountId.random(), UsagerId.random());
        assertThat(store().grant(grant)).isTrue();
        assertThat(store().grant(grant)).isFalse();

        ReadOnlyGrant raced = new ReadOnlyGrant(AccountId.random(), UsagerId.random());
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> store().grant(raced));
        }

        assertThat(Concurrency.runTogether(tasks)).containsOnlyOnce(true);
        assertThat(store().grantsOf(raced.account())).containsExactly(raced);
    }
}
