package fr.eadmin.identity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The identity schema applied by its initializer; run on H2 and on PostgreSQL. */
abstract class IdentitySchemaTestCases {
    /** @return the data source of the test class's database, with identity's schema applied */
    abstract DataSource dataSource();

    @Test
    void appliesEachScriptOnceAndRecordsIt() throws SQLException {
        assertThat(IdentitySchema.initializer().migrate(dataSource())).isEmpty();

        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version FROM eadmin_schema_history"
                        + " WHERE module = 'e-admin-identity' ORDER BY version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("3.1");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("3.2");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("3.3");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("3.4");
            assertThat(rows.next()).isFalse();
        }
    }
}
