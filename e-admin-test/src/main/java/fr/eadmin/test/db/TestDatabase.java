package fr.eadmin.test.db;

import fr.eadmin.core.jdbc.DriverManagerDataSource;
import fr.eadmin.core.jdbc.SchemaInitializer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives a test class its own database, with the e-admin schema applied
 * ({@link SchemaInitializer}), and removes it after the class.
 *
 * {@snippet :
 * class JdbcThingPostgresTest {
 *     @RegisterExtension
 *     static final TestDatabase db = TestDatabase.postgres();
 *
 *     @Test
 *     void storesAThing() {
 *         DataSource dataSource = db.dataSource(); // or a DataSource test parameter
 *         // ...
 *     }
 * }
 * }
 *
 * <ul>
 *   <li>{@link #h2()}: a private in-memory H2 database per test class (H2's row lock timeout is raised to
 *       10 s, so that tests of concurrent writers do not fail on a slow machine).
 *   <li>{@link #postgres()}: a schema with a unique name in the PostgreSQL database named by the
 *       environment variable {@value #PG_URL_VARIABLE} (such as {@code
 *       jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); connections use it as their {@code
 *       currentSchema}; it is dropped with everything in it after the class. If the variable is not set,
 *       each test of the class is skipped (a JUnit assumption naming the variable), unless {@value
 *       #PG_REQUIRED_VARIABLE} is {@code true}: then the class fails. If the
 *       variable is set but the database cannot be reached, the class fails: a broken database never
 *       passes for a skipped one.
 * </ul>
 *
 * <p>Register it in a {@code static} field annotated {@code @RegisterExtension}. By convention, test classes
 * that use PostgreSQL are named {@code *PostgresTest} and those that use H2 {@code *H2Test}.
 */
public final class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {
    /** The environment variable holding the JDBC URL of the PostgreSQL database tests may use. */
    public static final String PG_URL_VARIABLE = "EADMIN_TEST_PG_URL";

    /** The environment variable that, set to {@code true}, makes PostgreSQL tests fail rather than skip. */
    public static final String PG_REQUIRED_VARIABLE = "EADMIN_TEST_PG_REQUIRED";

    /** The database engines the extension can provide. */
    public enum Engine {
        /** An in-memory H2 database. */
        H2,
        /** A schema in an external PostgreSQL database. */
        POSTGRESQL
    }

    private final Engine engine;
    private final List<SchemaInitializer> initializers;
    private final Function<String, @Nullable String> environment;

    private static final String SKIPPED = "PostgreSQL tests skipped: set " + PG_URL_VARIABLE
            + " to a JDBC URL such as jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private volatile @Nullable Started started;
    private volatile @Nullable String skippedClass;

    private TestDatabase(
            Engine engine, List<SchemaInitializer> initializers, Function<String, @Nullable String> environment) {
        this.engine = engine;
        this.initializers = initializers;
        this.environment = environment;
    }

    /**
     * A private in-memory H2 database per test class, with e-admin core's schema.
     *
     * @return the extension
     */
    public static TestDatabase h2() {
        return new TestDatabase(Engine.H2, List.of(SchemaInitializer.core()), System::getenv);
    }

    /**
     * A private schema in the PostgreSQL database of {@value #PG_URL_VARIABLE} per test class, with e-admin
     * core's schema.
     *
     * @return the extension
     */
    public static TestDatabase postgres() {
        return new TestDatabase(Engine.POSTGRESQL, List.of(SchemaInitializer.core()), System::getenv);
    }

    /**
     * The same database with these schemas applied (in this order) instead of only core's: for modules
     * that add their own tables.
     *
     * @param initializers the initializers to run, usually starting with {@link SchemaInitializer#core()}
     * @return a new extension
     */
    public TestDatabase withSchemas(SchemaInitializer... initializers) {
        return new TestDatabase(engine, List.of(initializers), environment);
    }

    /**
     * The same database reading its environment variables from the given function instead of the process
     * environment: for testing this extension itself.
     *
     * @param environment maps a variable name to its value, or to null if unset
     * @return a new extension
     */
    public TestDatabase withEnvironment(Function<String, @Nullable String> environment) {
        return new TestDatabase(engine, initializers, Objects.requireNonNull(environment, "environment"));
    }

    /**
     * The engine of this database.
     *
     * @return H2 or PostgreSQL
     */
    public Engine engine() {
        return engine;
    }

    /**
     * The data source of the current test class's database. Each call to {@code getConnection()} opens a new
     * connection (no pool).
     *
     * @return the data source
     * @throws org.opentest4j.TestAbortedException if PostgreSQL is not configured (the test is skipped)
     * @throws IllegalStateException outside a test class that registered this extension statically
     */
    public DataSource dataSource() {
        return current().dataSource();
    }

    /**
     * The name of the current test class's schema (PostgreSQL) or database (H2).
     *
     * @return the name
     * @throws IllegalStateException outside a test class that registered this extension statically
     */
    public String name() {
        return current().name();
    }

    private Started current() {
        if (skippedClass != null) {
            Assumptions.abort(SKIPPED);
        }
        Started current = started;
        if (current == null) {
            throw new IllegalStateException(
                    "no database yet: register TestDatabase in a static field annotated @RegisterExtension");
        }
        return current;
    }

    /**
     * Creates the database and applies the schemas, before the first test of the class (nested classes
     * share their enclosing class's database).
     *
     * @param context the class's context
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        start(context.getUniqueId());
    }

    /**
     * Skips each test when PostgreSQL is not configured (so that every skipped test is reported, with the
     * name of the variable to set).
     *
     * @param context the test's context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (skippedClass != null) {
            Assumptions.abort(SKIPPED);
        }
    }

    /**
     * Drops the database after the last test of the class that created it.
     *
     * @param context the class's context
     * @throws SQLException if the database cannot be dropped
     */
    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        stop(context.getUniqueId());
    }

    void start(String owner) {
        if (started != null || skippedClass != null) {
            return;
        }
        String name =
                "eadmin_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Started created =
                switch (engine) {
                    case H2 -> startH2(name, owner);
                    case POSTGRESQL -> startPostgres(name, owner);
                };
        if (created == null) {
            skippedClass = owner;
            return;
        }
        started = created;
        for (SchemaInitializer initializer : initializers) {
            initializer.migrate(created.dataSource());
        }
    }

    void stop(String owner) throws SQLException {
        if (owner.equals(skippedClass)) {
            skippedClass = null;
        }
        Started current = started;
        if (current == null || !current.owner().equals(owner)) {
            return;
        }
        started = null;
        switch (engine) {
            case H2 -> {
                try (Connection connection = current.dataSource().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
            case POSTGRESQL -> {
                try (Connection connection = DriverManager.getConnection(current.adminUrl());
                        Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA " + current.name() + " CASCADE");
                }
            }
        }
    }

    /**
     * Supports test parameters of type {@link DataSource}.
     *
     * @param parameterContext the parameter
     * @param extensionContext the test
     * @return true for a {@code DataSource} parameter
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == DataSource.class;
    }

    /**
     * Gives the current database's data source.
     *
     * @param parameterContext the parameter
     * @param extensionContext the test
     * @return the data source
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return dataSource();
    }

    private static Started startH2(String name, String owner) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        return new Started(name, DriverManagerDataSource.of(url), url, owner);
    }

    private @Nullable Started startPostgres(String name, String owner) {
        String url = environment.apply(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String required = environment.apply(PG_REQUIRED_VARIABLE);
            if (required != null && required.strip().toLowerCase(Locale.ROOT).equals("true")) {
                throw new IllegalStateException(PG_URL_VARIABLE + " is not set but " + PG_REQUIRED_VARIABLE
                        + "=true: set it to the JDBC URL of a PostgreSQL database, such as "
                        + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            }
            return null; // each test is skipped by beforeEach
        }
        String adminUrl = url.strip();
        if (!adminUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(PG_URL_VARIABLE + " must be a jdbc:postgresql: URL");
        }
        try (Connection connection = DriverManager.getConnection(adminUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "the PostgreSQL database named by " + PG_URL_VARIABLE + " (" + withoutQuery(adminUrl)
                            + ") cannot be used: " + e.getMessage(),
                    e);
        }
        String schemaUrl = adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new Started(name, DriverManagerDataSource.of(schemaUrl), adminUrl, owner);
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        Started current = started;
        return "TestDatabase[" + engine + (current == null ? "" : ", " + current.name()) + "]";
    }

    private record Started(String name, DataSource dataSource, String adminUrl, String owner) {}
}
