package fr.eadmin.core.jdbc;

import fr.eadmin.test.db.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcOutboxH2Test extends JdbcOutboxTestCases {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    String sessionIdQuery() {
        return "SELECT SESSION_ID()";
    }

    /**
     * H2 does not report a session waiting for another's uncommitted key as blocked (it retries until its lock
     * timeout): a session still running the insert is the one waiting.
     */
    @Override
    String blockedByQuery() {
        return "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> ?"
                + " AND EXECUTING_STATEMENT LIKE 'INSERT INTO eadmin_outbox%'";
    }
}
