package fr.eadmin.identity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.identity.franceconnect.EidasLevel;
import fr.eadmin.identity.franceconnect.PendingLogin;
import fr.eadmin.identity.franceconnect.PendingLoginStoreTestCases;
import fr.eadmin.identity.franceconnect.spi.PendingLoginStore;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The pending login store's cases and its purge, on H2 and on PostgreSQL. */
abstract class JdbcPendingLoginStoreTestCases extends PendingLoginStoreTestCases {
    /** @return the data source of the test class's database, with identity's schema applied */
    abstract DataSource dataSource();

    @Override
    protected PendingLoginStore newStore() {
        return JdbcPendingLoginStore.create(dataSource());
    }

    @Test
    void forgetsLoginsStartedBeforeAnInstant() {
        JdbcPendingLoginStore store = JdbcPendingLoginStore.create(dataSource());
        Instant longAgo = Instant.parse("2019-06-01T10:00:00Z");
        String state = UUID.randomUUID().toString().replace("-", "");
        store.save(new PendingLogin(state, state + "-nonce", EidasLevel.EIDAS1, longAgo));

        assertThat(store.purgeStartedBefore(longAgo)).isZero();
        assertThat(store.purgeStartedBefore(longAgo.plusSeconds(1))).isEqualTo(1);
        assertThat(store.take(state)).isEmpty();
    }
}
