package fr.eadmin.core.jdbc;

import fr.eadmin.test.db.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcDemandeStorePostgresTest extends JdbcDemandeStoreTestCases {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }
}
