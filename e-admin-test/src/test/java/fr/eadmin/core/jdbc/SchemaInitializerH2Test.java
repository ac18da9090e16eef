package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.test.db.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SchemaInitializerH2Test extends SchemaInitializerTestCases {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    boolean rollsBackDdl() {
        return false;
    }

    @Test
    void keepsWaitingBeyondH2sDefaultLockTimeout() throws Exception {
        // H2 gives up a row lock wait after 1 s by default; the initializer must retry, not fail.
        DataSource defaults =
                DriverManagerDataSource.of("jdbc:h2:mem:lock_wait_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try {
            List<String> scripts = List.of("V1_1__create_things.sql", "V1_2__add_colour.sql");
            SchemaInitializer.of("e-admin-sample", SchemaInitializerH2Test.class, scripts.subList(0, 1))
                    .migrate(defaults);

            assertThat(waitForLockThenMigrate(defaults, scripts, 2_500)).containsExactly("V1_2__add_colour.sql");
        } finally {
            try (Connection connection = defaults.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }
}
