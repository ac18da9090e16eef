package fr.eadmin.identity.jdbc;

import fr.eadmin.identity.account.spi.AccountLinkStore;
import fr.eadmin.test.contract.AccountLinkStoreContract;
import fr.eadmin.test.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcAccountLinkStorePostgresTest extends AccountLinkStoreContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres().withSchemas(IdentitySchema.initializer());

    @Override
    protected AccountLinkStore newStore() {
        return JdbcAccountLinkStore.create(db.dataSource());
    }
}
