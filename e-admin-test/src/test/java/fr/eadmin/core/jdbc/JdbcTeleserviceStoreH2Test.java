package fr.eadmin.core.jdbc;

import fr.eadmin.core.spi.TeleserviceStore;
import fr.eadmin.test.contract.TeleserviceStoreContract;
import fr.eadmin.test.db.TestDatabase;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcTeleserviceStoreH2Test extends TeleserviceStoreContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected TeleserviceStore newStore() {
        return JdbcTeleserviceStore.create(db.dataSource(), Clock.systemUTC());
    }
}
