package fr.eadmin.test.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestDatabaseH2Test {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Test
    void appliesTheCoreSchema(DataSource dataSource) throws SQLException {
        assertThat(dataSource).isSameAs(db.dataSource());
        assertThat(db.engine()).isEqualTo(TestDatabase.Engine.H2);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM eadmin_schema_history WHERE module = 'e-admin-core'"))
                .isPositive();
        assertThat(count(dataSource, "SELECT COUNT(*) FROM eadmin_usager")).isZero();
    }

    @Test
    void givesEachClassItsOwnDatabaseAndDropsIt() throws SQLException {
        TestDatabase other = TestDatabase.h2();
        other.start("other class");
        DataSource otherDataSource = other.dataSource();
        try (Connection connection = otherDataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE only_here (id INT)");
        }
        assertThat(other.name()).isNotEqualTo(db.name());
        assertThat(count(db.dataSource(), tableCount("ONLY_HERE"))).isZero();

        other.stop("other class");

        // the in-memory database is gone: the same URL now opens an empty one
        assertThat(count(otherDataSource, tableCount("ONLY_HERE"))).isZero();
        assertThat(count(otherDataSource, tableCount("EADMIN_USAGER"))).isZero();
        try (Connection connection = otherDataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    private static String tableCount(String table) {
        return "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '" + table + "'";
    }

    static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Nested
    class NestedClasses {
        @Test
        void shareTheDatabaseOfTheirEnclosingClass(DataSource dataSource) throws SQLException {
            assertThat(dataSource).isSameAs(db.dataSource());
            assertThat(count(dataSource, "SELECT COUNT(*) FROM eadmin_usager")).isZero();
        }
    }
}
