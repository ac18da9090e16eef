package fr.eadmin.identity.jdbc;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.TokenPurpose;
import fr.eadmin.identity.account.spi.StoredToken;
import fr.eadmin.identity.account.spi.TokenStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A {@link TokenStore} in the table {@code eadmin_account_token} ({@link IdentitySchema}). A redemption is
 * one conditional {@code UPDATE … WHERE digest = ? AND used_at IS NULL}: of two nodes redeeming one token at
 * once, the database lets exactly one change the row. Thread-safe.
 */
public final class JdbcTokenStore implements TokenStore {
    private final Jdbc jdbc;

    private JdbcTokenStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * A store on a database whose identity schema is applied.
     *
     * @param dataSource the database
     * @return the store
     */
    public static JdbcTokenStore create(DataSource dataSource) {
        return new JdbcTokenStore(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public void save(StoredToken token) {
        Objects.requireNonNull(token, "token");
        jdbc.execute("save account token", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_account_token"
                    + " (digest, account_id, purpose, issued_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, token.digest());
                insert.setObject(2, token.accountId().value());
                insert.setString(3, token.purpose().name());
                insert.setObject(4, Jdbc.timestamp(token.issuedAt()));
                insert.setObject(5, Jdbc.timestamp(token.expiresAt()));
                insert.setObject(6, Jdbc.timestamp(token.usedAt()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new DuplicateKeyException("account token", "digest");
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<StoredToken> find(String digest) {
        Objects.requireNonNull(digest, "digest");
        return jdbc.read("find account token", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT digest, account_id, purpose,"
                    + " issued_at, expires_at, used_at FROM eadmin_account_token WHERE digest = ?")) {
                select.setString(1, digest);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredToken(
                            row.getString("digest"),
                            new AccountId(row.getObject("account_id", UUID.class)),
                            TokenPurpose.valueOf(row.getString("purpose")),
                            Jdbc.requiredInstant(row, "issued_at"),
                            Jdbc.requiredInstant(row, "expires_at"),
                            Jdbc.instant(row, "used_at")));
                }
            }
        });
    }

    @Override
    public boolean markUsed(String digest, Instant at) {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(at, "at");
        return jdbc.inTransaction("mark account token used", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE eadmin_account_token SET used_at = ? WHERE digest = ? AND used_at IS NULL")) {
                update.setObject(1, Jdbc.timestamp(at));
                update.setString(2, digest);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int revokeUnused(AccountId accountId, TokenPurpose purpose, Instant at) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        return jdbc.inTransaction("revoke account tokens", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_account_token SET used_at = ?"
                    + " WHERE account_id = ? AND purpose = ? AND used_at IS NULL")) {
                update.setObject(1, Jdbc.timestamp(at));
                update.setObject(2, accountId.value());
                update.setString(3, purpose.name());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public int deleteExpired(Instant before) {
        Objects.requireNonNull(before, "before");
        return jdbc.inTransaction("delete expired account tokens", connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM eadmin_account_token WHERE expires_at < ?")) {
                delete.setObject(1, Jdbc.timestamp(before));
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public String toString() {
        return "JdbcTokenStore";
    }
}
