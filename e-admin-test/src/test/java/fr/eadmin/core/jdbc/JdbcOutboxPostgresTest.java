package fr.eadmin.core.jdbc;

import fr.eadmin.test.db.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcOutboxPostgresTest extends JdbcOutboxTestCases {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    String sessionIdQuery() {
        return "SELECT pg_backend_pid()";
    }

    @Override
    String blockedByQuery() {
        return "SELECT COUNT(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))";
    }
}
