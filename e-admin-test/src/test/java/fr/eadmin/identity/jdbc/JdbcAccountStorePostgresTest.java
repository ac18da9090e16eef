package fr.eadmin.identity.jdbc;

import fr.eadmin.test.db.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcAccountStorePostgresTest extends JdbcAccountStoreTestCases {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres().withSchemas(IdentitySchema.initializer());

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }
}
