package fr.eadmin.core.jdbc;

import fr.eadmin.core.spi.TeleserviceStore;
import fr.eadmin.test.contract.TeleserviceStoreContract;
import fr.eadmin.test.db.TestDatabase;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcTeleserviceStorePostgresTest extends TeleserviceStoreContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TeleserviceStore newStore() {
        return JdbcTeleserviceStore.create(db.dataSource(), Clock.systemUTC());
    }
}
