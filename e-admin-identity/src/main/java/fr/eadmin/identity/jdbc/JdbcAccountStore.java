package fr.eadmin.identity.jdbc;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.AccountKind;
import fr.eadmin.identity.account.AccountStatus;
import fr.eadmin.identity.account.PasswordHash;
import fr.eadmin.identity.account.TotpSecret;
import fr.eadmin.identity.account.spi.AccountStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AccountStore} in the table {@code eadmin_account} ({@link IdentitySchema}), with optimistic
 * locking on a version column: an update is one {@code UPDATE … WHERE id = ? AND version = ?}, so that two
 * nodes accepting the same TOTP code for one account cannot both record it. Logins are unique ignoring case
 * through a unique lower-case key.
 *
 * <p>A TOTP secret must be readable to check codes, so it cannot be hashed. {@link
 * #encryptingTotpSecrets(DataSource, SecretKey)} encrypts it with AES-GCM under a key the application keeps
 * outside the database (a vault, an HSM, a file readable by the portal only), bound to the account's id so that
 * a secret copied to another row does not decrypt; {@link #create(DataSource)} stores it as it is, for a
 * database encrypted by other means. Thread-safe.
 */
public final class JdbcAccountStore implements AccountStore {
    private static final String COLUMNS = "id, kind, status, login, password_hash, totp_secret, last_totp_step,"
            + " organisation, created_at, version";

    private final Jdbc jdbc;
    private final @Nullable TotpSecretCipher cipher;

    private JdbcAccountStore(DataSource dataSource, @Nullable TotpSecretCipher cipher) {
        this.jdbc = new Jdbc(dataSource);
        this.cipher = cipher;
    }

    /**
     * A store on a database whose identity schema is applied, keeping TOTP secrets as they are.
     *
     * @param dataSource the database
     * @return the store
     */
    public static JdbcAccountStore create(DataSource dataSource) {
        return new JdbcAccountStore(Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    /**
     * A store on a database whose identity schema is applied, encrypting TOTP secrets with AES-GCM.
     *
     * @param dataSource the database
     * @param key an AES key of 256 bits, kept outside the database
     * @return the store
     * @throws IllegalArgumentException if the key is not a 256-bit AES key
     */
    public static JdbcAccountStore encryptingTotpSecrets(DataSource dataSource, SecretKey key) {
        return new JdbcAccountStore(Objects.requireNonNull(dataSource, "dataSource"), TotpSecretCipher.of(key));
    }

    @Override
    public Versioned<Account> create(Account account) {
        Objects.requireNonNull(account, "account");
        return jdbc.inTransaction("create account " + account.id(), connection -> {
            if (select(connection, "id = ?", account.id().value()).isPresent()) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, account.id().toString());
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_account (" + COLUMNS
                    + ", login_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, account);
                insert.setLong(10, 1);
                insert.setString(11, Account.loginKey(account.login()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new DuplicateKeyException(AGGREGATE_TYPE, "login");
                }
                throw e;
            }
            return new Versioned<>(account, 1);
        });
    }

    @Override
    public Optional<Versioned<Account>> find(AccountId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.read("find account " + id, connection -> select(connection, "id = ?", id.value()));
    }

    @Override
    public Optional<Versioned<Account>> findByLogin(Email login) {
        Objects.requireNonNull(login, "login");
        return jdbc.read(
                "find account by login", connection -> select(connection, "login_key = ?", Account.loginKey(login)));
    }

    @Override
    public Versioned<Account> update(Account account, long expectedVersion) {
        Objects.requireNonNull(account, "account");
        return jdbc.inTransaction("update account " + account.id(), connection -> {
            int updated;
            try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_account SET id = ?, kind = ?,"
                    + " status = ?, login = ?, password_hash = ?, totp_secret = ?, last_totp_step = ?,"
                    + " organisation = ?, created_at = ?, version = ?, login_key = ? WHERE id = ? AND version = ?")) {
                bind(update, account);
                update.setLong(10, expectedVersion + 1);
                update.setString(11, Account.loginKey(account.login()));
                update.setObject(12, account.id().value());
                update.setLong(13, expectedVersion);
                updated = update.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new DuplicateKeyException(AGGREGATE_TYPE, "login");
                }
                throw e;
            }
            if (updated == 0) {
                if (select(connection, "id = ?", account.id().value()).isEmpty()) {
                    throw new NotFoundException(AGGREGATE_TYPE, account.id().toString());
                }
                throw new ConcurrentUpdateException(AGGREGATE_TYPE, account.id().toString(), expectedVersion);
            }
            return new Versioned<>(account, expectedVersion + 1);
        });
    }

    private void bind(PreparedStatement statement, Account account) throws SQLException {
        statement.setObject(1, account.id().value());
        statement.setString(2, account.kind().name());
        statement.setString(3, account.status().name());
        statement.setString(4, account.login().value());
        PasswordHash hash = account.passwordHash();
        statement.setString(5, hash == null ? null : hash.value());
        TotpSecret secret = account.totpSecret();
        statement.setBytes(
                6, secret == null ? null : cipher == null ? secret.bytes() : cipher.encrypt(account.id(), secret));
        statement.setLong(7, account.lastTotpStep());
        Siren organisation = account.organisation();
        statement.setString(8, organisation == null ? null : organisation.value());
        statement.setObject(9, Jdbc.timestamp(account.createdAt()));
    }

    private Optional<Versioned<Account>> select(Connection connection, String where, Object key) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM eadmin_account WHERE " + where)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String hash = row.getString("password_hash");
                byte[] secret = row.getBytes("totp_secret");
                String organisation = row.getString("organisation");
                AccountId id = new AccountId(row.getObject("id", UUID.class));
                Account account = new Account(
                        id,
                        AccountKind.valueOf(row.getString("kind")),
                        new Email(row.getString("login")),
                        AccountStatus.valueOf(row.getString("status")),
                        hash == null ? null : PasswordHash.parse(hash),
                        secret == null ? null : cipher == null ? new TotpSecret(secret) : cipher.decrypt(id, secret),
                        row.getLong("last_totp_step"),
                        organisation == null ? null : Siren.parse(organisation),
                        Jdbc.requiredInstant(row, "created_at"));
                return Optional.of(new Versioned<>(account, row.getLong("version")));
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcAccountStore";
    }
}
