package fr.eadmin.core.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.json.EAdminJson;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.UsagerId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DossierStore} in a relational database through JDBC, running unchanged on H2 and PostgreSQL. The
 * table is created by {@link SchemaInitializer#core()} (or by Flyway from the same scripts).
 *
 * <p>Each dossier is one row of {@code eadmin_dossier}, keyed by the usager's id: its JSON document ({@link
 * EAdminJson}), its version, creation and update times. Every method runs in one transaction of its own;
 * updates and deletes are guarded by the version ({@code UPDATE ... WHERE usager_id = ? AND version = ?}), so
 * that of two writers starting from the same version exactly one succeeds and the other gets a {@link
 * ConcurrentUpdateException}. See {@link JdbcUsagerStore} about H2's lock timeout.
 *
 * <p>Logs name dossiers by usager id only, never by their content.
 */
public final class JdbcDossierStore implements DossierStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDossierStore.class);
    private static final int CREATE_ATTEMPTS = 3;

    private final Transactions transactions;
    private final ObjectMapper mapper;
    private final Clock clock;

    private JdbcDossierStore(DataSource dataSource, ObjectMapper mapper, Clock clock) {
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
    public static JdbcDossierStore create(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        return new JdbcDossierStore(dataSource, EAdminJson.newObjectMapper(), clock);
    }

    @Override
    public Versioned<DossierUsager> create(DossierUsager dossier) {
        Objects.requireNonNull(dossier, "dossier");
        UsagerId usager = dossier.usager();
        String document = write(dossier);
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.inTransaction(connection -> {
                    if (exists(connection, usager)) {
                        throw new DuplicateKeyException(AGGREGATE_TYPE, usager.toString());
                    }
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO eadmin_dossier (usager_id, version, document, created_at, updated_at)"
                                    + " VALUES (?, 1, ?, ?, ?)")) {
                        insert.setObject(1, usager.value());
                        insert.setString(2, document);
                        insert.setObject(3, now);
                        insert.setObject(4, now);
                        insert.executeUpdate();
                    }
                    return null;
                });
                LOG.debug("created the dossier of usager {}", usager);
                return new Versioned<>(dossier, 1);
            } catch (SQLException e) {
                // Another transaction created it between the check and the insert.
                if (!Transactions.isUniqueViolation(e)) {
                    throw new DatabaseAccessException("create dossier " + usager, e);
                }
                if (attempt == CREATE_ATTEMPTS) {
                    throw new DuplicateKeyException(AGGREGATE_TYPE, usager.toString());
                }
            }
        }
    }

    @Override
    public Optional<Versioned<DossierUsager>> find(UsagerId usager) {
        Objects.requireNonNull(usager, "usager");
        try {
            return transactions.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT version, document FROM eadmin_dossier WHERE usager_id = ?")) {
                    select.setObject(1, usager.value());
                    try (ResultSet rows = select.executeQuery()) {
                        if (!rows.next()) {
                            return Optional.empty();
                        }
                        return Optional.of(new Versioned<>(read(usager, rows.getString(2)), rows.getLong(1)));
                    }
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find dossier " + usager, e);
        }
    }

    @Override
    public Versioned<DossierUsager> update(DossierUsager dossier, long expectedVersion) {
        Objects.requireNonNull(dossier, "dossier");
        UsagerId usager = dossier.usager();
        String document = write(dossier);
        try {
            transactions.inTransaction(connection -> {
                checkVersion(connection, usager, expectedVersion);
                try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_dossier"
                        + " SET version = version + 1, document = ?, updated_at = ?"
                        + " WHERE usager_id = ? AND version = ?")) {
                    update.setString(1, document);
                    update.setObject(2, OffsetDateTime.now(clock));
                    update.setObject(3, usager.value());
                    update.setLong(4, expectedVersion);
                    if (update.executeUpdate() == 0) {
                        throw lostRace(connection, usager, expectedVersion);
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("update dossier " + usager, e);
        }
        LOG.debug("updated the dossier of usager {} to version {}", usager, expectedVersion + 1);
        return new Versioned<>(dossier, expectedVersion + 1);
    }

    @Override
    public void delete(UsagerId usager, long expectedVersion) {
        Objects.requireNonNull(usager, "usager");
        try {
            transactions.inTransaction(connection -> {
                checkVersion(connection, usager, expectedVersion);
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM eadmin_dossier WHERE usager_id = ? AND version = ?")) {
                    delete.setObject(1, usager.value());
                    delete.setLong(2, expectedVersion);
                    if (delete.executeUpdate() == 0) {
                        throw lostRace(connection, usager, expectedVersion);
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("delete dossier " + usager, e);
        }
        LOG.debug("deleted the dossier of usager {}", usager);
    }

    private static boolean exists(Connection connection, UsagerId usager) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM eadmin_dossier WHERE usager_id = ?")) {
            select.setObject(1, usager.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void checkVersion(Connection connection, UsagerId usager, long expectedVersion) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT version FROM eadmin_dossier WHERE usager_id = ?")) {
            select.setObject(1, usager.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException(AGGREGATE_TYPE, usager.toString());
                }
                if (rows.getLong(1) != expectedVersion) {
                    throw new ConcurrentUpdateException(AGGREGATE_TYPE, usager.toString(), expectedVersion);
                }
            }
        }
    }

    /** The guarded write found no row: someone changed or deleted the dossier since {@link #checkVersion}. */
    private static RuntimeException lostRace(Connection connection, UsagerId usager, long expectedVersion)
            throws SQLException {
        return exists(connection, usager)
                ? new ConcurrentUpdateException(AGGREGATE_TYPE, usager.toString(), expectedVersion)
                : new NotFoundException(AGGREGATE_TYPE, usager.toString());
    }

    private String write(DossierUsager dossier) {
        try {
            return mapper.writeValueAsString(dossier);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the dossier of usager " + dossier.usager() + " cannot be written", e);
        }
    }

    private DossierUsager read(UsagerId usager, String document) {
        DossierUsager dossier;
        try {
            dossier = mapper.readValue(document, DossierUsager.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new UnreadableDocumentException(AGGREGATE_TYPE, usager.toString(), e);
        }
        if (!dossier.usager().equals(usager)) {
            throw new UnreadableDocumentException(
                    AGGREGATE_TYPE,
                    usager.toString(),
                    new IllegalStateException("the document holds the dossier of another usager"));
        }
        return dossier;
    }

    @Override
    public String toString() {
        return "JdbcDossierStore";
    }
}
