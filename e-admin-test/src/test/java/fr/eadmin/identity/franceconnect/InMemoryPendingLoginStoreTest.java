package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.identity.franceconnect.spi.PendingLoginStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryPendingLoginStoreTest extends PendingLoginStoreTestCases {
    @Override
    protected PendingLoginStore newStore() {
        return new InMemoryPendingLoginStore();
    }

    @Test
    void forgetsLoginsStartedBeforeAnInstant() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore();
        PendingLogin login = freshLogin();
        store.save(login);

        assertThat(store.purgeStartedBefore(login.createdAt())).isZero();
        assertThat(store.purgeStartedBefore(login.createdAt().plusSeconds(1))).isEqualTo(1);
        assertThat(store.take(login.state())).isEmpty();
        assertThat(store.purgeStartedBefore(Instant.MAX)).isZero();
    }

    @Test
    void forgetsTheOldestLoginWhenFull() {
        InMemoryPendingLoginStore store = InMemoryPendingLoginStore.withCapacity(2);
        PendingLogin first = freshLogin();
        PendingLogin second = freshLogin();
        PendingLogin third = freshLogin();
        store.save(first);
        store.save(second);
        store.save(third);

        assertThat(store.take(first.state())).isEmpty();
        assertThat(store.take(second.state())).contains(second);
        assertThat(store.take(third.state())).contains(third);
        assertThatThrownBy(() -> InMemoryPendingLoginStore.withCapacity(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
