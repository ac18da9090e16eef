package fr.eadmin.identity.jdbc;

import fr.eadmin.identity.franceconnect.EidasLevel;
import fr.eadmin.identity.franceconnect.PendingLogin;
import fr.eadmin.identity.franceconnect.spi.PendingLoginStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link PendingLoginStore} in the table {@code eadmin_franceconnect_pending} ({@link IdentitySchema}),
 * for a portal on several nodes: the login started on one node may come back to another. {@link #take} reads
 * and deletes the row in one transaction and returns the login only if its own delete removed it, so that
 * of two concurrent takes one gets it. Thread-safe.
 */
public final class JdbcPendingLoginStore implements PendingLoginStore {
    private final Jdbc jdbc;

    private JdbcPendingLoginStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * A store on a database whose identity schema is applied.
     *
     * @param dataSource the database
     * @return the store
     */
    public static JdbcPendingLoginStore create(DataSource dataSource) {
        return new JdbcPendingLoginStore(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public void save(PendingLogin login) {
        Objects.requireNonNull(login, "login");
        jdbc.execute("save pending FranceConnect login", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_franceconnect_pending"
                    + " (state, nonce, level, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, login.state());
                insert.setString(2, login.nonce());
                insert.setString(3, login.requestedLevel().name());
                insert.setObject(4, Jdbc.timestamp(login.createdAt()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new IllegalStateException("a state is never reused", e);
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<PendingLogin> take(String state) {
        Objects.requireNonNull(state, "state");
        return jdbc.inTransaction("take pending FranceConnect login", connection -> {
            PendingLogin login;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, nonce, level, created_at" + " FROM eadmin_franceconnect_pending WHERE state = ?")) {
                select.setString(1, state);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    login = new PendingLogin(
                            row.getString("state"),
                            row.getString("nonce"),
                            EidasLevel.valueOf(row.getString("level")),
                            Jdbc.requiredInstant(row, "created_at"));
                }
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM eadmin_franceconnect_pending WHERE state = ?")) {
                delete.setString(1, state);
                return delete.executeUpdate() == 1 ? Optional.of(login) : Optional.empty();
            }
        });
    }

    /**
     * Forgets the logins started before an instant and never finished.
     *
     * @param before the instant
     * @return how many were forgotten
     */
    public int purgeStartedBefore(Instant before) {
        Objects.requireNonNull(before, "before");
        return jdbc.inTransaction("purge pending FranceConnect logins", connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM eadmin_franceconnect_pending WHERE created_at < ?")) {
                delete.setObject(1, Jdbc.timestamp(before));
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public String toString() {
        return "JdbcPendingLoginStore";
    }
}
