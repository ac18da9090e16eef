package fr.eadmin.archive.jdbc;

import fr.eadmin.core.jdbc.SchemaInitializer;
import fr.eadmin.test.db.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcEliminationProposalStoreH2Test extends JdbcEliminationProposalStoreTestCases {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2().withSchemas(SchemaInitializer.core(), ArchiveSchema.initializer());

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }
}
