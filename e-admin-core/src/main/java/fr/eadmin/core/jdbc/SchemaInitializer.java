package fr.eadmin.core.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the tables of one e-admin module, for applications that have no migration tool:
 * one call at startup, {@snippet :
 * SchemaInitializer.core().migrate(dataSource);
 * }
 *
 * <h2>Scripts</h2>
 *
 * Each module ships its schema scripts as resources in {@code db/migration/<module>/}, named the way Flyway
 * names versioned migrations: {@code V1_1__usagers_dossiers.sql} is version 1.1, "usagers dossiers". The
 * folder name has dashes ({@code e-admin-core}) so that it is not a Java package: under the module system,
 * resources outside packages are readable from any module. Core owns versions 1.x, the next modules 2.x,
 * 3.x…, so that an application that uses Flyway can give it every module's folder instead of calling this
 * class. A jar cannot be listed portably, so each initializer carries the list of its script names in code
 * ({@link #core()} for core, {@link #of} for other modules); a test of each module checks that the list and
 * the folder agree.
 *
 * <h2>What {@link #migrate} does</h2>
 *
 * <ul>
 *   <li>It keeps its own history in the table {@value #HISTORY_TABLE} (module, version, description,
 *       script, checksum, applied at), created if missing, distinct from Flyway's.
 *   <li>It refuses to run ({@link SchemaChecksumMismatchException}) if a script already applied has been
 *       changed since (SHA-256 of its text, line endings normalised), and ({@link SchemaMigrationException})
 *       if the database records a version of the module that is not shipped but lower than the newest one
 *       shipped. Versions higher than every shipped one were applied by a newer release of the module and
 *       are ignored, so that an older node can still start during a rolling upgrade.
 *   <li>It applies each missing script, in version order, in its own transaction together with its
 *       history row. PostgreSQL rolls a failed script back entirely; H2 commits each DDL statement, so
 *       there a failed script may leave its first statements applied (and no history row).
 *   <li>It is safe when several nodes start at once: the nodes take turns on a row lock in the table
 *       {@value #LOCK_TABLE}, held by a second connection for the whole migration (the database releases
 *       it if the node dies); the next node then finds the scripts applied and does nothing.
 * </ul>
 *
 * <p>{@code migrate} uses two connections of the data source at the same time.
 */
public final class SchemaInitializer {
    /** The table recording the scripts applied, for every module. */
    public static final String HISTORY_TABLE = "eadmin_schema_history";

    /** The table whose rows serialise concurrent migrations of a module. */
    public static final String LOCK_TABLE = "eadmin_schema_lock";

    /** The name of the core module, which is also the name of its script folder. */
    public static final String CORE_MODULE = "e-admin-core";

    /** Core's schema scripts, in {@code db/migration/e-admin-core/}. Add new scripts at the end. */
    private static final List<String> CORE_SCRIPTS = List.of(
            "V1_1__usagers_dossiers.sql", "V1_2__journal.sql", "V1_3__outbox.sql", "V1_4__teleservices_demandes.sql");

    private static final Logger LOG = LoggerFactory.getLogger(SchemaInitializer.class);
    private static final Pattern MODULE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SCRIPT_NAME = Pattern.compile("V([0-9]+(?:_[0-9]+)*)__([A-Za-z0-9_]+)\\.sql");
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);
    private static final long LOCK_RETRY_MILLIS = 100;

    private static final String CREATE_HISTORY = "CREATE TABLE IF NOT EXISTS " + HISTORY_TABLE + " ("
            + "module VARCHAR(100) NOT NULL, "
            + "version VARCHAR(50) NOT NULL, "
            + "description VARCHAR(200) NOT NULL, "
            + "script VARCHAR(200) NOT NULL, "
            + "checksum VARCHAR(64) NOT NULL, "
            + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL, "
            + "PRIMARY KEY (module, version))";
    private static final String CREATE_LOCK =
            "CREATE TABLE IF NOT EXISTS " + LOCK_TABLE + " (module VARCHAR(100) NOT NULL PRIMARY KEY)";

    private final String module;
    private final Class<?> anchor;
    private final List<ScriptName> scripts;
    private final Clock clock;

    private SchemaInitializer(String module, Class<?> anchor, List<ScriptName> scripts, Clock clock) {
        this.module = module;
        this.anchor = anchor;
        this.scripts = scripts;
        this.clock = clock;
    }

    /**
     * The initializer of e-admin core's tables (usagers, dossiers…).
     *
     * @return the initializer, using the system clock for the history's timestamps
     */
    public static SchemaInitializer core() {
        return of(CORE_MODULE, SchemaInitializer.class, CORE_SCRIPTS);
    }

    /**
     * The initializer of another module's tables.
     *
     * @param module the module name, which is also the folder of its scripts under {@code db/migration/}
     * @param anchor a class of the module, whose module (or class loader) holds the scripts
     * @param scriptNames the names of the scripts in that folder, such as {@code V2_1__formulaires.sql}
     * @return the initializer, using the system clock for the history's timestamps
     * @throws IllegalArgumentException if a name is not a versioned script name or two have the same version
     */
    public static SchemaInitializer of(String module, Class<?> anchor, List<String> scriptNames) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(scriptNames, "scriptNames");
        if (module.length() > 100 || !MODULE_NAME.matcher(module).matches()) {
            throw new IllegalArgumentException(
                    "a module name is lower-case words separated by dashes, at most 100 characters");
        }
        List<ScriptName> parsed = new ArrayList<>();
        for (String name : scriptNames) {
            parsed.add(ScriptName.parse(Objects.requireNonNull(name, "script name")));
        }
        parsed.sort(Comparator.naturalOrder());
        for (int i = 1; i < parsed.size(); i++) {
            if (parsed.get(i).compareTo(parsed.get(i - 1)) == 0) {
                throw new IllegalArgumentException("two scripts have version "
                        + parsed.get(i).version() + ": " + parsed.get(i - 1).name() + " and "
                        + parsed.get(i).name());
            }
        }
        return new SchemaInitializer(module, anchor, List.copyOf(parsed), Clock.systemUTC());
    }

    /**
     * The same initializer, stamping the history with the given clock's time.
     *
     * @param clock the clock
     * @return a new initializer
     */
    public SchemaInitializer withClock(Clock clock) {
        return new SchemaInitializer(module, anchor, scripts, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The module whose tables this initializer manages.
     *
     * @return the module name, such as {@code "e-admin-core"}
     */
    public String module() {
        return module;
    }

    /**
     * The resource folder of the module's scripts.
     *
     * @return {@code db/migration/<module>}
     */
    public String location() {
        return "db/migration/" + module;
    }

    /**
     * The names of the module's scripts, in version order.
     *
     * @return the script names
     */
    public List<String> scriptNames() {
        return scripts.stream().map(ScriptName::name).toList();
    }

    /**
     * Brings the module's tables up to date: applies the scripts not yet applied, in version order, each in
     * its own transaction. Does nothing if every script is applied. Safe to call from several nodes at once.
     *
     * @param dataSource the database; two of its connections are used at the same time
     * @return the names of the scripts this call applied, in order (empty if the schema was up to date)
     * @throws SchemaChecksumMismatchException if an applied script has been changed since
     * @throws SchemaMigrationException if a script fails, cannot be read, or the database cannot be used
     */
    public List<String> migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        List<Script> loaded = load();
        try (Connection work = dataSource.getConnection();
                Connection lock = dataSource.getConnection()) {
            work.setAutoCommit(true);
            createTableIfMissing(work, CREATE_HISTORY, HISTORY_TABLE);
            createTableIfMissing(work, CREATE_LOCK, LOCK_TABLE);
            ensureLockRow(work);
            acquireLock(lock);
            try {
                return applyMissing(work, loaded);
            } finally {
                lock.rollback(); // releases the row lock
                lock.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SchemaMigrationException(module, null, "database failure (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private List<Script> load() {
        List<Script> loaded = new ArrayList<>(scripts.size());
        for (ScriptName name : scripts) {
            String resource = "/" + location() + "/" + name.name();
            byte[] bytes;
            try (InputStream in = anchor.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new SchemaMigrationException(
                            module, name.version(), "script resource " + resource + " not found", null);
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new SchemaMigrationException(
                        module, name.version(), "script resource " + resource + " cannot be read", e);
            }
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
            loaded.add(new Script(name, text, checksum(text)));
        }
        return loaded;
    }

    private static String checksum(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static void createTableIfMissing(Connection connection, String ddl, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            // Two nodes creating the table at once: PostgreSQL may reject the second with a duplicate key.
            if (!tableExists(connection, table)) {
                throw e;
            }
        }
    }

    private static boolean tableExists(Connection connection, String table) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void ensureLockRow(Connection work) throws SQLException {
        if (lockRowExists(work)) {
            return;
        }
        try (PreparedStatement insert = work.prepareStatement("INSERT INTO " + LOCK_TABLE + " (module) VALUES (?)")) {
            insert.setString(1, module);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!lockRowExists(work)) { // else another node inserted it first
                throw e;
            }
        }
    }

    private boolean lockRowExists(Connection connection) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT module FROM " + LOCK_TABLE + " WHERE module = ?")) {
            select.setString(1, module);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void acquireLock(Connection lock) throws SQLException {
        lock.setAutoCommit(false);
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        boolean waitLogged = false;
        while (true) {
            try (PreparedStatement select =
                    lock.prepareStatement("SELECT module FROM " + LOCK_TABLE + " WHERE module = ? FOR UPDATE")) {
                select.setString(1, module);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new SchemaMigrationException(module, null, "lock row vanished", null);
                    }
                }
                return;
            } catch (SQLException e) {
                lock.rollback();
                if (!isLockTimeout(e) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                if (!waitLogged) {
                    LOG.info("waiting for another node to finish migrating the schema of {}", module);
                    waitLogged = true;
                }
                pause();
            }
        }
    }

    /** H2 gives up waiting for a row lock after its LOCK_TIMEOUT (1 s by default); PostgreSQL waits. */
    private static boolean isLockTimeout(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException
                || "HYT00".equals(state) // H2 lock timeout
                || "40001".equals(state) // deadlock or serialization failure
                || "55P03".equals(state); // PostgreSQL lock_not_available (lock_timeout set)
    }

    private void pause() {
        try {
            Thread.sleep(LOCK_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaMigrationException(module, null, "interrupted while waiting for the schema lock", e);
        }
    }

    private List<String> applyMissing(Connection work, List<Script> loaded) throws SQLException {
        Map<String, Script> byVersion = new HashMap<>();
        for (Script script : loaded) {
            byVersion.put(script.name().version(), script);
        }
        ScriptName newest =
                loaded.isEmpty() ? null : loaded.get(loaded.size() - 1).name();
        Map<String, String> applied = readHistory(work);
        for (Map.Entry<String, String> row : applied.entrySet()) {
            String version = row.getKey();
            Script script = byVersion.get(version);
            if (script == null) {
                checkUnknownVersion(version, newest);
            } else if (!script.checksum().equals(row.getValue())) {
                throw new SchemaChecksumMismatchException(module, version, row.getValue(), script.checksum());
            }
        }
        List<String> done = new ArrayList<>();
        for (Script script : loaded) {
            if (!applied.containsKey(script.name().version())) {
                apply(work, script);
                done.add(script.name().name());
            }
        }
        return done;
    }

    private void checkUnknownVersion(String version, @Nullable ScriptName newest) {
        int[] parts;
        try {
            parts = ScriptName.versionParts(version.replace('.', '_'));
        } catch (IllegalArgumentException e) {
            throw new SchemaMigrationException(module, version, "the history holds an unreadable version", e);
        }
        if (newest != null && ScriptName.compareVersions(parts, newest.parts()) > 0) {
            LOG.info(
                    "schema of {} is at version {}, newer than this release knows ({}): left as it is",
                    module,
                    version,
                    newest.version());
            return;
        }
        throw new SchemaMigrationException(
                module, version, "applied to the database but not shipped with this release of the module", null);
    }

    private Map<String, String> readHistory(Connection work) throws SQLException {
        Map<String, String> applied = new HashMap<>();
        try (PreparedStatement select =
                work.prepareStatement("SELECT version, checksum FROM " + HISTORY_TABLE + " WHERE module = ?")) {
            select.setString(1, module);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return applied;
    }

    private void apply(Connection work, Script script) throws SQLException {
        String version = script.name().version();
        List<String> statements;
        try {
            statements = SqlStatements.split(script.text());
        } catch (IllegalArgumentException e) {
            throw new SchemaMigrationException(module, version, "the script cannot be parsed: " + e.getMessage(), e);
        }
        work.setAutoCommit(false);
        try {
            try (Statement statement = work.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = work.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (module, version, description, script, checksum, applied_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, module);
                insert.setString(2, version);
                insert.setString(3, script.name().description());
                insert.setString(4, script.name().name());
                insert.setString(5, script.checksum());
                insert.setObject(6, OffsetDateTime.now(clock));
                insert.executeUpdate();
            }
            work.commit();
            LOG.info("applied schema script {} of {}", script.name().name(), module);
        } catch (SQLException e) {
            work.rollback();
            throw new SchemaMigrationException(
                    module, version, "the script failed (SQLState " + e.getSQLState() + ")", e);
        } finally {
            work.setAutoCommit(true);
        }
    }

    @Override
    public String toString() {
        return "SchemaInitializer[" + module + ", " + scripts.size() + " scripts]";
    }

    private record Script(ScriptName name, String text, String checksum) {}

    /** A versioned script name: {@code V1_2__description.sql} is version 1.2. */
    private record ScriptName(String name, int[] parts, String description) implements Comparable<ScriptName> {
        static ScriptName parse(String name) {
            Matcher matcher = SCRIPT_NAME.matcher(name);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "a schema script is named V<version>__<description>.sql, such as V1_1__usagers.sql");
            }
            return new ScriptName(
                    name, versionParts(matcher.group(1)), matcher.group(2).replace('_', ' '));
        }

        static int[] versionParts(String underscored) {
            try {
                return Arrays.stream(underscored.split("_"))
                        .mapToInt(Integer::parseInt)
                        .toArray();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a script version is numbers separated by dots", e);
            }
        }

        static int compareVersions(int[] a, int[] b) {
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                int x = i < a.length ? a[i] : 0;
                int y = i < b.length ? b[i] : 0;
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return 0;
        }

        String version() {
            return String.join(
                    ".", Arrays.stream(parts).mapToObj(Integer::toString).toList());
        }

        @Override
        public int compareTo(ScriptName other) {
            return compareVersions(parts, other.parts);
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof ScriptName that && name.equals(that.name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
