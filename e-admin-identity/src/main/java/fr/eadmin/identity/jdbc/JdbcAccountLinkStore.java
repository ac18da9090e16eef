package fr.eadmin.identity.jdbc;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.spi.AccountLinkStore;
import fr.eadmin.identity.franceconnect.FranceConnectSubject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AccountLinkStore} in the tables {@code eadmin_account_individu} and {@code
 * eadmin_account_franceconnect} ({@link IdentitySchema}); both sides of each link are unique keys, so that of
 * two concurrent conflicting links the database keeps one. Thread-safe.
 */
public final class JdbcAccountLinkStore implements AccountLinkStore {
    private static final Link<UsagerId> INDIVIDU = new Link<>(
            "eadmin_account_individu", "usager_id", "individu", UsagerId::value, o -> new UsagerId((UUID) o));
    private static final Link<FranceConnectSubject> FRANCECONNECT = new Link<>(
            "eadmin_account_franceconnect",
            "subject",
            "subject",
            FranceConnectSubject::value,
            o -> new FranceConnectSubject((String) o));

    private final Jdbc jdbc;

    private JdbcAccountLinkStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * A store on a database whose identity schema is applied.
     *
     * @param dataSource the database
     * @return the store
     */
    public static JdbcAccountLinkStore create(DataSource dataSource) {
        return new JdbcAccountLinkStore(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public void linkIndividu(AccountId account, UsagerId individu) {
        link(INDIVIDU, Objects.requireNonNull(account, "account"), Objects.requireNonNull(individu, "individu"));
    }

    @Override
    public Optional<UsagerId> individuOf(AccountId account) {
        return targetOf(INDIVIDU, Objects.requireNonNull(account, "account"));
    }

    @Override
    public Optional<AccountId> accountOfIndividu(UsagerId individu) {
        return accountOf(INDIVIDU, Objects.requireNonNull(individu, "individu"));
    }

    @Override
    public boolean unlinkIndividu(AccountId account) {
        return unlink(INDIVIDU, Objects.requireNonNull(account, "account"));
    }

    @Override
    public void linkFranceConnect(AccountId account, FranceConnectSubject subject) {
        link(FRANCECONNECT, Objects.requireNonNull(account, "account"), Objects.requireNonNull(subject, "subject"));
    }

    @Override
    public Optional<AccountId> accountOfFranceConnect(FranceConnectSubject subject) {
        return accountOf(FRANCECONNECT, Objects.requireNonNull(subject, "subject"));
    }

    @Override
    public Optional<FranceConnectSubject> franceConnectOf(AccountId account) {
        return targetOf(FRANCECONNECT, Objects.requireNonNull(account, "account"));
    }

    @Override
    public boolean unlinkFranceConnect(AccountId account) {
        return unlink(FRANCECONNECT, Objects.requireNonNull(account, "account"));
    }

    private <T> void link(Link<T> link, AccountId account, T target) {
        jdbc.execute("link account " + account + " to its " + link.key(), connection -> {
            if (find(connection, link, "account_id", account.value(), link.column()) != null) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, "account");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + link.table() + " (account_id, " + link.column() + ") VALUES (?, ?)")) {
                insert.setObject(1, account.value());
                insert.setObject(2, link.write().apply(target));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    // the account's row appeared meanwhile, or the target is taken
                    throw new DuplicateKeyException(AGGREGATE_TYPE, link.key());
                }
                throw e;
            }
        });
    }

    private <T> Optional<T> targetOf(Link<T> link, AccountId account) {
        return jdbc.read("find the " + link.key() + " of account " + account, connection -> {
            Object value = find(connection, link, "account_id", account.value(), link.column());
            return value == null ? Optional.<T>empty() : Optional.of(link.read().apply(value));
        });
    }

    private <T> Optional<AccountId> accountOf(Link<T> link, T target) {
        return jdbc.read("find the account of a " + link.key(), connection -> {
            Object value = find(connection, link, link.column(), link.write().apply(target), "account_id");
            return value == null ? Optional.<AccountId>empty() : Optional.of(new AccountId((UUID) value));
        });
    }

    private <T> boolean unlink(Link<T> link, AccountId account) {
        return jdbc.inTransaction("unlink account " + account + " from its " + link.key(), connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + link.table() + " WHERE account_id = ?")) {
                delete.setObject(1, account.value());
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static @Nullable Object find(
            Connection connection, Link<?> link, String byColumn, Object key, String column) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + column + " FROM " + link.table() + " WHERE " + byColumn + " = ?")) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return column.equals("subject") ? row.getString(1) : row.getObject(1, UUID.class);
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcAccountLinkStore";
    }

    private record Link<T>(
            String table, String column, String key, Function<T, Object> write, Function<Object, T> read) {}
}
