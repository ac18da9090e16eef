package fr.eadmin.identity.jdbc;

import fr.eadmin.identity.account.spi.GrantStore;
import fr.eadmin.test.contract.GrantStoreContract;
import fr.eadmin.test.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcGrantStoreH2Test extends GrantStoreContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2().withSchemas(IdentitySchema.initializer());

    @Override
    protected GrantStore newStore() {
        return JdbcGrantStore.create(db.dataSource());
    }
}
