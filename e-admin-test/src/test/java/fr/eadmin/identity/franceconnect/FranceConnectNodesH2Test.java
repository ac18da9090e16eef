package fr.eadmin.identity.franceconnect;

import fr.eadmin.identity.jdbc.IdentitySchema;
import fr.eadmin.test.db.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class FranceConnectNodesH2Test extends FranceConnectNodesTestCases {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2().withSchemas(IdentitySchema.initializer());

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }
}
