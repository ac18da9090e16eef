package fr.eadmin.core.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.json.EAdminJson;
import fr.eadmin.core.spi.UsagerKindChangeException;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Entreprise;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link UsagerStore} in a relational database through JDBC, running unchanged on H2 and PostgreSQL. The
 * tables are created by {@link SchemaInitializer#core()} (or by Flyway from the same scripts).
 *
 * <p>Each usager is one row of {@code eadmin_usager}: its JSON document ({@link EAdminJson}) and the columns
 * that lookups and constraints need: kind, version, SIRET, RNA number, creation and update times. The
 * members of each foyer are also listed in {@code eadmin_foyer_membre}, so that {@link #foyersOf} is one
 * indexed query. The database enforces the unique SIRET and RNA numbers, so two nodes sharing it cannot both
 * store the same one.
 *
 * <p>Every method runs in one transaction of its own. Updates and deletes are guarded by the version ({@code
 * UPDATE ... WHERE id = ? AND version = ?}): when two writers start from the same version, exactly one
 * succeeds and the other gets a {@link ConcurrentUpdateException}. The default isolation level (read
 * committed) is enough. On H2, a writer waits at most {@code LOCK_TIMEOUT} (1 s by default) for another's
 * transaction; raise it in the URL ({@code ;LOCK_TIMEOUT=10000}) when many writers may touch the same usager.
 *
 * <p>Logs name usagers by id only, never by name, SIRET or any other data.
 *
 * {@snippet :
 * DataSource dataSource = DriverManagerDataSource.of("jdbc:h2:./data/e-admin");
 * SchemaInitializer.core().migrate(dataSource);
 * UsagerStore usagers = JdbcUsagerStore.create(dataSource, Clock.system(ZoneId.of("Europe/Paris")));
 * }
 */
public final class JdbcUsagerStore implements UsagerStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcUsagerStore.class);
    private static final int WRITE_ATTEMPTS = 3;
    private static final String COLUMNS = "id, version, document";

    private final Transactions transactions;
    private final ObjectMapper mapper;
    private final Clock clock;

    private JdbcUsagerStore(DataSource dataSource, ObjectMapper mapper, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * A store on the given database, whose schema is up to date.
     *
     * @param dataSource the database
     * @param clock the clock stamping the creation and update times
     * @return the store
     */
    public static JdbcUsagerStore create(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        return new JdbcUsagerStore(dataSource, EAdminJson.newObjectMapper(), clock);
    }

    @Override
    public Versioned<Usager> create(Usager usager) {
        Objects.requireNonNull(usager, "usager");
        String document = write(usager);
        String operation = "create usager " + usager.id();
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.inTransaction(connection -> {
                    checkIdIsFree(connection, usager.id());
                    checkBusinessKeysAreFree(connection, usager);
                    insert(connection, usager, document);
                    return null;
                });
                LOG.debug("created usager {}", usager.id());
                return new Versioned<>(usager, 1);
            } catch (SQLException e) {
                // Another transaction stored the same key between the checks and the insert: check again,
                // which now names the key, or try again if that transaction rolled back.
                if (!Transactions.isUniqueViolation(e)) {
                    throw new DatabaseAccessException(operation, e);
                }
                if (attempt == WRITE_ATTEMPTS) {
                    throw new DuplicateKeyException(AGGREGATE_TYPE, usager.id().toString());
                }
            }
        }
    }

    @Override
    public Optional<Versioned<Usager>> find(UsagerId id) {
        Objects.requireNonNull(id, "id");
        return queryOne("find usager " + id, "SELECT " + COLUMNS + " FROM eadmin_usager WHERE id = ?", id.value());
    }

    @Override
    public Versioned<Usager> update(Usager usager, long expectedVersion) {
        Objects.requireNonNull(usager, "usager");
        String document = write(usager);
        String operation = "update usager " + usager.id();
        for (int attempt = 1; ; attempt++) {
            try {
                Versioned<Usager> updated = transactions.inTransaction(connection -> {
                    UsagerKind storedKind = checkVersion(connection, usager.id(), expectedVersion);
                    if (storedKind != usager.kind()) {
                        throw new UsagerKindChangeException(usager.id(), storedKind, usager.kind());
                    }
                    checkBusinessKeysAreFree(connection, usager);
                    updateRow(connection, usager, document, expectedVersion);
                    replaceMembres(connection, usager);
                    return new Versioned<>(usager, expectedVersion + 1);
                });
                LOG.debug("updated usager {} to version {}", usager.id(), updated.version());
                return updated;
            } catch (SQLException e) {
                // Another transaction took the SIRET or RNA number between the check and the update: check
                // again, which now names it, or try again if that transaction rolled back.
                if (!Transactions.isUniqueViolation(e)) {
                    throw new DatabaseAccessException(operation, e);
                }
                if (attempt == WRITE_ATTEMPTS) {
                    String key = Objects.requireNonNullElse(
                            siretOf(usager),
                            Objects.requireNonNullElse(
                                    rnaOf(usager), usager.id().toString()));
                    throw new DuplicateKeyException(AGGREGATE_TYPE, key);
                }
            }
        }
    }

    @Override
    public void delete(UsagerId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        try {
            transactions.inTransaction(connection -> {
                checkVersion(connection, id, expectedVersion);
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM eadmin_usager WHERE id = ? AND version = ?")) {
                    delete.setObject(1, id.value());
                    delete.setLong(2, expectedVersion);
                    if (delete.executeUpdate() == 0) {
                        throw lostRace(connection, id, expectedVersion);
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("delete usager " + id, e);
        }
        LOG.debug("deleted usager {}", id);
    }

    @Override
    public Optional<Versioned<Usager>> findBySiret(Siret siret) {
        Objects.requireNonNull(siret, "siret");
        return queryOne(
                "find usager by SIRET", "SELECT " + COLUMNS + " FROM eadmin_usager WHERE siret = ?", siret.value());
    }

    @Override
    public Optional<Versioned<Usager>> findByRna(Rna rna) {
        Objects.requireNonNull(rna, "rna");
        return queryOne("find usager by RNA", "SELECT " + COLUMNS + " FROM eadmin_usager WHERE rna = ?", rna.value());
    }

    @Override
    public List<Versioned<Foyer>> foyersOf(UsagerId individu) {
        Objects.requireNonNull(individu, "individu");
        List<Versioned<Usager>> rows = query(
                "find foyers of usager " + individu,
                "SELECT u.id, u.version, u.document FROM eadmin_usager u"
                        + " JOIN eadmin_foyer_membre m ON m.foyer_id = u.id WHERE m.membre_id = ?",
                individu.value());
        List<Versioned<Foyer>> foyers = new ArrayList<>(rows.size());
        for (Versioned<Usager> row : rows) {
            if (!(row.value() instanceof Foyer foyer)) {
                throw new IllegalStateException("usager " + row.value().id() + " has members but is not a foyer");
            }
            foyers.add(new Versioned<>(foyer, row.version()));
        }
        // ordered as UsagerId orders, whatever the database's UUID collation
        foyers.sort(Comparator.comparing((Versioned<Foyer> v) -> v.value().id()));
        return foyers;
    }

    private void checkIdIsFree(Connection connection, UsagerId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM eadmin_usager WHERE id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    throw new DuplicateKeyException(AGGREGATE_TYPE, id.toString());
                }
            }
        }
    }

    /** Refuses a SIRET or RNA number that another usager already has. */
    private void checkBusinessKeysAreFree(Connection connection, Usager usager) throws SQLException {
        String siret = siretOf(usager);
        String rna = rnaOf(usager);
        if (siret != null) {
            checkKeyIsFree(connection, usager.id(), "siret", siret);
        } else if (rna != null) {
            checkKeyIsFree(connection, usager.id(), "rna", rna);
        }
    }

    private void checkKeyIsFree(Connection connection, UsagerId id, String column, String value) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM eadmin_usager WHERE " + column + " = ? AND id <> ?")) {
            select.setString(1, value);
            select.setObject(2, id.value());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    throw new DuplicateKeyException(AGGREGATE_TYPE, value);
                }
            }
        }
    }

    /**
     * Checks that the usager exists at the expected version.
     *
     * @return the stored kind
     */
    private UsagerKind checkVersion(Connection connection, UsagerId id, long expectedVersion) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT kind, version FROM eadmin_usager WHERE id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException(AGGREGATE_TYPE, id.toString());
                }
                if (rows.getLong(2) != expectedVersion) {
                    throw new ConcurrentUpdateException(AGGREGATE_TYPE, id.toString(), expectedVersion);
                }
                return UsagerKind.valueOf(rows.getString(1));
            }
        }
    }

    /** The guarded write found no row: someone changed or deleted the usager since {@link #checkVersion}. */
    private RuntimeException lostRace(Connection connection, UsagerId id, long expectedVersion) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM eadmin_usager WHERE id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? new ConcurrentUpdateException(AGGREGATE_TYPE, id.toString(), expectedVersion)
                        : new NotFoundException(AGGREGATE_TYPE, id.toString());
            }
        }
    }

    private void insert(Connection connection, Usager usager, String document) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO eadmin_usager (id, kind, version, siret, rna, document, created_at, updated_at)"
                        + " VALUES (?, ?, 1, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, usager.id().value());
            insert.setString(2, usager.kind().name());
            insert.setString(3, siretOf(usager));
            insert.setString(4, rnaOf(usager));
            insert.setString(5, document);
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.executeUpdate();
        }
        insertMembres(connection, usager);
    }

    private void updateRow(Connection connection, Usager usager, String document, long expectedVersion)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_usager"
                + " SET version = version + 1, siret = ?, rna = ?, document = ?, updated_at = ?"
                + " WHERE id = ? AND version = ?")) {
            update.setString(1, siretOf(usager));
            update.setString(2, rnaOf(usager));
            update.setString(3, document);
            update.setObject(4, OffsetDateTime.now(clock));
            update.setObject(5, usager.id().value());
            update.setLong(6, expectedVersion);
            if (update.executeUpdate() == 0) {
                throw lostRace(connection, usager.id(), expectedVersion);
            }
        }
    }

    private void replaceMembres(Connection connection, Usager usager) throws SQLException {
        if (usager.kind() != UsagerKind.FOYER) {
            return;
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM eadmin_foyer_membre WHERE foyer_id = ?")) {
            delete.setObject(1, usager.id().value());
            delete.executeUpdate();
        }
        insertMembres(connection, usager);
    }

    private void insertMembres(Connection connection, Usager usager) throws SQLException {
        if (!(usager instanceof Foyer foyer)) {
            return;
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO eadmin_foyer_membre (foyer_id, membre_id) VALUES (?, ?)")) {
            for (MembreFoyer membre : foyer.membres()) {
                insert.setObject(1, foyer.id().value());
                insert.setObject(2, membre.individu().value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static @Nullable String siretOf(Usager usager) {
        return usager instanceof Entreprise entreprise ? entreprise.siret().value() : null;
    }

    private static @Nullable String rnaOf(Usager usager) {
        return usager instanceof Association association ? association.rna().value() : null;
    }

    private Optional<Versioned<Usager>> queryOne(String operation, String sql, Object key) {
        List<Versioned<Usager>> rows = query(operation, sql, key);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<Versioned<Usager>> query(String operation, String sql, Object key) {
        try {
            return transactions.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setObject(1, key);
                    try (ResultSet rows = select.executeQuery()) {
                        List<Versioned<Usager>> result = new ArrayList<>();
                        while (rows.next()) {
                            UUID id = rows.getObject(1, UUID.class);
                            result.add(new Versioned<>(read(id, rows.getString(3)), rows.getLong(2)));
                        }
                        return result;
                    }
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException(operation, e);
        }
    }

    private String write(Usager usager) {
        try {
            return mapper.writeValueAsString(usager);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("usager " + usager.id() + " cannot be written as JSON", e);
        }
    }

    private Usager read(UUID id, String document) {
        Usager usager;
        try {
            usager = mapper.readValue(document, Usager.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new UnreadableDocumentException(AGGREGATE_TYPE, id.toString(), e);
        }
        if (!usager.id().value().equals(id)) {
            throw new UnreadableDocumentException(
                    AGGREGATE_TYPE,
                    id.toString(),
                    new IllegalStateException("the document holds the id of another usager"));
        }
        return usager;
    }

    @Override
    public String toString() {
        return "JdbcUsagerStore";
    }
}
