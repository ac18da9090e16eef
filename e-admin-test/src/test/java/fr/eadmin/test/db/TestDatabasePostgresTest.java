package fr.eadmin.test.db;

import static fr.eadmin.test.db.TestDatabaseH2Test.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestDatabasePostgresTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Test
    void appliesTheCoreSchemaInItsOwnSchema(DataSource dataSource) throws SQLException {
        assertThat(db.engine()).isEqualTo(TestDatabase.Engine.POSTGRESQL);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM eadmin_usager")).isZero();
        assertThat(count(
                        dataSource,
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'eadmin_usager'"
                                + " AND table_schema = current_schema()"))
                .isOne();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getSchema()).isEqualTo(db.name());
        }
    }

    @Test
    void dropsItsSchemaAfterTheClass() throws SQLException {
        TestDatabase other = TestDatabase.postgres();
        other.start("other class");
        String schema = other.name();
        assertThat(schemaExists(schema)).isTrue();
        assertThat(schema).isNotEqualTo(db.name());

        other.stop("other class");

        assertThat(schemaExists(schema)).isFalse();
    }

    private static boolean schemaExists(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getenv(TestDatabase.PG_URL_VARIABLE));
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
            select.setString(1, schema);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 1;
            }
        }
    }
}
