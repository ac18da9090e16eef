package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link SchemaInitializer} on a real database; run on H2 and on PostgreSQL. */
abstract class SchemaInitializerTestCases {
    private static final String SAMPLE = "e-admin-sample";
    private static final String BROKEN = "e-admin-broken";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/Paris"));
    private static final List<String> SAMPLE_SCRIPTS = List.of("V1_1__create_things.sql", "V1_2__add_colour.sql");

    /** @return the data source of the test class's database, with core's schema applied */
    abstract DataSource dataSource();

    /** @return true if the database rolls back DDL with the transaction (PostgreSQL), false if not (H2) */
    abstract boolean rollsBackDdl();

    private static SchemaInitializer sample(List<String> scripts) {
        return SchemaInitializer.of(SAMPLE, SchemaInitializerTestCases.class, scripts)
                .withClock(CLOCK);
    }

    @BeforeEach
    void forgetTheSampleModules() throws SQLException {
        execute("DROP TABLE IF EXISTS sample_thing");
        execute("DROP TABLE IF EXISTS broken_thing");
        execute("DELETE FROM eadmin_schema_history WHERE module <> 'e-admin-core'");
    }

    @Test
    void findsCoreUpToDateAndDoesNothing() throws SQLException {
        assertThat(SchemaInitializer.core().migrate(dataSource())).isEmpty();
        assertThat(SchemaInitializer.core().migrate(dataSource())).isEmpty();

        assertThat(query("SELECT version, script FROM eadmin_schema_history WHERE module = 'e-admin-core'"))
                .contains("1.1 V1_1__usagers_dossiers.sql")
                .containsExactlyInAnyOrderElementsOf(SchemaInitializer.core().scriptNames().stream()
                        .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.') + " " + name)
                        .toList());
        assertThat(query("SELECT COUNT(*) FROM eadmin_usager")).containsExactly("0");
    }

    @Test
    void appliesEveryScriptInOrderThenNothing() throws SQLException {
        assertThat(sample(SAMPLE_SCRIPTS).migrate(dataSource())).containsExactlyElementsOf(SAMPLE_SCRIPTS);

        assertThat(sample(SAMPLE_SCRIPTS).migrate(dataSource())).isEmpty();
        assertThat(query("SELECT id, label, colour FROM sample_thing")).containsExactly("1 one; with 'quotes' blue");
    }

    @Test
    void recordsEachScriptInTheHistory() throws SQLException {
        sample(SAMPLE_SCRIPTS).migrate(dataSource());

        List<String> history = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT version, description, script, checksum, applied_at FROM eadmin_schema_history"
                                + " WHERE module = ? ORDER BY version")) {
            select.setString(1, SAMPLE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getString(4)).matches("[0-9a-f]{64}");
                    assertThat(rows.getObject(5, OffsetDateTime.class).toInstant())
                            .isEqualTo(CLOCK.instant());
                    history.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3));
                }
            }
        }
        assertThat(history)
                .containsExactly("1.1|create things|V1_1__create_things.sql", "1.2|add colour|V1_2__add_colour.sql");
    }

    @Test
    void appliesOnlyTheScriptsAddedSinceTheLastRun() throws SQLException {
        assertThat(sample(SAMPLE_SCRIPTS.subList(0, 1)).migrate(dataSource()))
                .containsExactly("V1_1__create_things.sql");

        assertThat(sample(SAMPLE_SCRIPTS).migrate(dataSource())).containsExactly("V1_2__add_colour.sql");
        assertThat(query("SELECT colour FROM sample_thing")).containsExactly("blue");
    }

    @Test
    void refusesToRunWhenAnAppliedScriptWasChanged() throws SQLException {
        sample(SAMPLE_SCRIPTS.subList(0, 1)).migrate(dataSource());
        String tampered = "0".repeat(64);
        execute("UPDATE eadmin_schema_history SET checksum = '" + tampered + "' WHERE module = '" + SAMPLE + "'");

        assertThatThrownBy(() -> sample(SAMPLE_SCRIPTS).migrate(dataSource()))
                .isInstanceOfSatisfying(SchemaChecksumMismatchException.class, e -> {
                    assertThat(e.module()).isEqualTo(SAMPLE);
                    assertThat(e.version()).isEqualTo("1.1");
                    assertThat(e.appliedChecksum()).isEqualTo(tampered);
                    assertThat(e.currentChecksum()).matches("[0-9a-f]{64}").isNotEqualTo(tampered);
                });
        assertThat(query("SELECT COUNT(*) FROM eadmin_schema_history WHERE module = '" + SAMPLE
                        + "' AND version = '1.2'"))
                .containsExactly("0");
    }

    @Test
    void refusesAnAppliedVersionThatIsNotShippedAnyMore() throws SQLException {
        sample(SAMPLE_SCRIPTS).migrate(dataSource());
        insertHistory("1.1.5");

        assertThatThrownBy(() -> sample(SAMPLE_SCRIPTS).migrate(dataSource()))
                .isInstanceOfSatisfying(SchemaMigrationException.class, e -> {
                    assertThat(e.module()).isEqualTo(SAMPLE);
                    assertThat(e.version()).isEqualTo("1.1.5");
                });
    }

    @Test
    void leavesAloneAVersionAppliedByANewerRelease() throws SQLException {
        sample(SAMPLE_SCRIPTS).migrate(dataSource());
        insertHistory("1.3");

        assertThat(sample(SAMPLE_SCRIPTS).migrate(dataSource())).isEmpty();
    }

    @Test
    void reportsAFailingScriptAndRecordsNothing() throws SQLException {
        SchemaInitializer broken =
                SchemaInitializer.of(BROKEN, SchemaInitializerTestCases.class, List.of("V1_1__broken.sql"));

        assertThatThrownBy(() -> broken.migrate(dataSource()))
                .isInstanceOfSatisfying(SchemaMigrationException.class, e -> {
                    assertThat(e.module()).isEqualTo(BROKEN);
                    assertThat(e.version()).isEqualTo("1.1");
                    assertThat(e).hasCauseInstanceOf(SQLException.class);
                });

        assertThat(query("SELECT COUNT(*) FROM eadmin_schema_history WHERE module = '" + BROKEN + "'"))
                .containsExactly("0");
        if (rollsBackDdl()) {
            assertThat(tableExists("broken_thing")).isFalse();
        }
    }

    @Test
    void reportsAMissingScriptBeforeTouchingTheDatabase() throws SQLException {
        SchemaInitializer missing =
                SchemaInitializer.of(SAMPLE, SchemaInitializerTestCases.class, List.of("V1_9__missing.sql"));

        assertThatThrownBy(() -> missing.migrate(dataSource()))
                .isInstanceOfSatisfying(SchemaMigrationException.class, e -> assertThat(e.version())
                        .isEqualTo("1.9"))
                .hasMessageContaining("not found");
        assertThat(tableExists("sample_thing")).isFalse();
    }

    @Test
    void concurrentMigrationsApplyEachScriptOnce() throws Exception {
        int nodes = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                Callable<List<String>> run = () -> {
                    start.await();
                    return sample(SAMPLE_SCRIPTS).migrate(dataSource());
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            List<String> applied = new ArrayList<>();
            int appliers = 0;
            for (Future<List<String>> run : runs) {
                List<String> scripts = run.get(2, TimeUnit.MINUTES);
                if (!scripts.isEmpty()) {
                    appliers++;
                }
                applied.addAll(scripts);
            }
            assertThat(applied).containsExactlyElementsOf(SAMPLE_SCRIPTS);
            assertThat(appliers).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(query("SELECT COUNT(*) FROM eadmin_schema_history WHERE module = '" + SAMPLE + "'"))
                .containsExactly("2");
        assertThat(query("SELECT colour FROM sample_thing")).containsExactly("blue");
    }

    @Test
    void waitsWhileAnotherNodeHoldsTheLock() throws Exception {
        sample(SAMPLE_SCRIPTS.subList(0, 1)).migrate(dataSource());
        assertThat(waitForLockThenMigrate(dataSource(), SAMPLE_SCRIPTS, 300)).containsExactly("V1_2__add_colour.sql");
    }

    /**
     * Holds the sample module's lock row, starts a migration in another thread, checks that it does not
     * finish while the lock is held, then releases the lock and returns what the migration applied.
     */
    static List<String> waitForLockThenMigrate(DataSource dataSource, List<String> scripts, long holdMillis)
            throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock =
                    holder.prepareStatement("SELECT module FROM eadmin_schema_lock WHERE module = ? FOR UPDATE")) {
                lock.setString(1, SAMPLE);
                try (ResultSet rows = lock.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                }
            }
            Future<List<String>> migration = pool.submit(() -> sample(scripts).migrate(dataSource));
            Thread.sleep(holdMillis);
            assertThat(migration)
                    .as("a migration while another node holds the lock")
                    .isNotDone();
            holder.rollback();
            return migration.get(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
    }

    private void insertHistory(String version) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO eadmin_schema_history (module, version, description, script, checksum,"
                                + " applied_at) VALUES (?, ?, 'elsewhere', 'V_elsewhere.sql', ?, ?)")) {
            insert.setString(1, SAMPLE);
            insert.setString(2, version);
            insert.setString(3, "1".repeat(64));
            insert.setObject(4, OffsetDateTime.now(CLOCK));
            insert.executeUpdate();
        }
    }

    private boolean tableExists(String table) {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
