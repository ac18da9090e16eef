package fr.eadmin.test.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class TestDatabaseTest {
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/test?user=postgres&connectTimeout=5";

    private static TestDatabase postgresWith(Map<String, String> environment) {
        return TestDatabase.postgres().withEnvironment(environment::get);
    }

    @Test
    void skipsPostgresTestsWhenTheUrlIsNotSet() throws SQLException {
        TestDatabase db = postgresWith(Map.of());

        db.start("class");

        assertThatThrownBy(db::dataSource)
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("EADMIN_TEST_PG_URL");
        db.stop("class");
        assertThatThrownBy(db::dataSource).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void skipsPostgresTestsWhenTheUrlIsBlankAndNotRequired() {
        TestDatabase db = postgresWith(Map.of("EADMIN_TEST_PG_URL", " ", "EADMIN_TEST_PG_REQUIRED", "false"));

        db.start("class");

        assertThatThrownBy(db::dataSource).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void failsPostgresTestsWhenTheUrlIsNotSetButRequired() {
        assertThatThrownBy(() ->
                        postgresWith(Map.of("EADMIN_TEST_PG_REQUIRED", "true")).start("class"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EADMIN_TEST_PG_URL")
                .hasMessageContaining("EADMIN_TEST_PG_REQUIRED");
    }

    @Test
    void failsLoudlyWhenTheDatabaseIsUnreachable() {
        assertThatThrownBy(() ->
                        postgresWith(Map.of("EADMIN_TEST_PG_URL", UNREACHABLE)).start("class"))
                .isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining("EADMIN_TEST_PG_URL")
                .hasMessageContaining("cannot be used");
    }

    @Test
    void refusesAUrlThatIsNotPostgres() {
        assertThatThrownBy(() -> postgresWith(Map.of("EADMIN_TEST_PG_URL", "jdbc:h2:mem:x"))
                        .start("class"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void hasNoDataSourceBeforeTheClassStarts() {
        TestDatabase db = TestDatabase.h2();

        assertThatThrownBy(db::dataSource)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
    }
}
