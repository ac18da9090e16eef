package fr.eadmin.core.jdbc;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.spi.TeleserviceStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.InvalidTeleserviceException;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link TeleserviceStore} in a relational database through JDBC, on H2 and PostgreSQL: one row of {@code
 * eadmin_teleservice} per téléservice, holding its JSON in the format of {@link
 * TeleserviceCatalogue#toJson(Teleservice)} and its version. Updates are guarded by the version.
 */
public final class JdbcTeleserviceStore implements TeleserviceStore {
    private final Transactions transactions;
    private final Clock clock;

    private JdbcTeleserviceStore(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
    }

    /**
     * A store on the given database, whose schema is up to date.
     *
     * @param dataSource the database
     * @param clock the clock stamping the creation and update times
     * @return the store
     */
    public static JdbcTeleserviceStore create(DataSource dataSource, Clock clock) {
        return new JdbcTeleserviceStore(
                Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public Versioned<Teleservice> create(Teleservice teleservice) {
        Objects.requireNonNull(teleservice, "teleservice");
        String document = TeleserviceCatalogue.toJson(teleservice);
        try {
            transactions.inTransaction(connection -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_teleservice"
                        + " (code, version, document, created_at, updated_at) VALUES (?, 1, ?, ?, ?)")) {
                    insert.setString(1, teleservice.code());
                    insert.setString(2, document);
                    insert.setObject(3, now);
                    insert.setObject(4, now);
                    insert.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, teleservice.code());
            }
            throw new DatabaseAccessException("create teleservice " + teleservice.code(), e);
        }
        return new Versioned<>(teleservice, 1);
    }

    @Override
    public Optional<Versioned<Teleservice>> find(String code) {
        Objects.requireNonNull(code, "code");
        try {
            return transactions.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT version, document FROM eadmin_teleservice WHERE code = ?")) {
                    select.setString(1, code);
                    try (ResultSet rows = select.executeQuery()) {
                        return rows.next()
                                ? Optional.of(new Versioned<>(read(code, rows.getString(2)), rows.getLong(1)))
                                : Optional.<Versioned<Teleservice>>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find teleservice " + code, e);
        }
    }

    @Override
    public Versioned<Teleservice> update(Teleservice teleservice, long expectedVersion) {
        Objects.requireNonNull(teleservice, "teleservice");
        String code = teleservice.code();
        String document = TeleserviceCatalogue.toJson(teleservice);
        try {
            transactions.inTransaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_teleservice"
                        + " SET version = version + 1, document = ?, updated_at = ? WHERE code = ? AND version = ?")) {
                    update.setString(1, document);
                    update.setObject(2, OffsetDateTime.now(clock));
                    update.setString(3, code);
                    update.setLong(4, expectedVersion);
                    if (update.executeUpdate() == 1) {
                        return null;
                    }
                }
                try (PreparedStatement select =
                        connection.prepareStatement("SELECT 1 FROM eadmin_teleservice WHERE code = ?")) {
                    select.setString(1, code);
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            throw new ConcurrentUpdateException(AGGREGATE_TYPE, code, expectedVersion);
                        }
                        throw new NotFoundException(AGGREGATE_TYPE, code);
                    }
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("update teleservice " + code, e);
        }
        return new Versioned<>(teleservice, expectedVersion + 1);
    }

    @Override
    public List<Versioned<Teleservice>> list() {
        try {
            return transactions.read(connection -> {
                List<Versioned<Teleservice>> all = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                                "SELECT code, version, document FROM eadmin_teleservice ORDER BY code");
                        ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        all.add(new Versioned<>(read(rows.getString(1), rows.getString(3)), rows.getLong(2)));
                    }
                }
                return List.copyOf(all);
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("list teleservices", e);
        }
    }

    private static Teleservice read(String code, String document) {
        try {
            return TeleserviceCatalogue.teleserviceFromJson(document);
        } catch (InvalidTeleserviceException e) {
            throw new UnreadableDocumentException(AGGREGATE_TYPE, code, e);
        }
    }

    @Override
    public String toString() {
        return "JdbcTeleserviceStore";
    }
}
