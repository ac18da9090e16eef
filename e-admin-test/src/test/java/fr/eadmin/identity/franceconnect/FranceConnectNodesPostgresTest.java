package fr.eadmin.identity.franceconnect;

import fr.eadmin.identity.jdbc.IdentitySchema;
import fr.eadmin.test.db.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class FranceConnectNodesPostgresTest extends FranceConnectNodesTestCases {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres().withSchemas(IdentitySchema.initializer());

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }
}
