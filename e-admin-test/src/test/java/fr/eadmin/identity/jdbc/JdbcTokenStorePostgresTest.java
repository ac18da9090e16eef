package fr.eadmin.identity.jdbc;

import fr.eadmin.identity.account.spi.TokenStore;
import fr.eadmin.test.contract.TokenStoreContract;
import fr.eadmin.test.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcTokenStorePostgresTest extends TokenStoreContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres().withSchemas(IdentitySchema.initializer());

    @Override
    protected TokenStore newStore() {
        return JdbcTokenStore.create(db.dataSource());
    }
}
