package fr.eadmin.identity.jdbc;

import fr.eadmin.identity.account.spi.TokenStore;
import fr.eadmin.test.contract.TokenStoreContract;
import fr.eadmin.test.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcTokenStoreH2Test extends TokenStoreContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2().withSchemas(IdentitySchema.initializer());

    @Override
    protected TokenStore newStore() {
        return JdbcTokenStore.create(db.dataSource());
    }
}
