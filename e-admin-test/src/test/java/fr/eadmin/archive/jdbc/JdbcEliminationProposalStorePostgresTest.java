package fr.eadmin.archive.jdbc;

import fr.eadmin.core.jdbc.SchemaInitializer;
import fr.eadmin.test.db.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcEliminationProposalStorePostgresTest extends JdbcEliminationProposalStoreTestCases {
    @RegisterExtension
    static final TestDatabase db =
            TestDatabase.postgres().withSchemas(SchemaInitializer.core(), ArchiveSchema.initializer());

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }
}
