package fr.eadmin.identity.jdbc;

import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.spi.GrantStore;
import fr.eadmin.identity.authz.ReadOnlyGrant;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** A {@link GrantStore} in the table {@code eadmin_read_only_grant} ({@link IdentitySchema}). Thread-safe. */
public final class JdbcGrantStore implements GrantStore {
    private final Jdbc jdbc;

    private JdbcGrantStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * A store on a database whose identity schema is applied.
     *
     * @param dataSource the database
     * @return the store
     */
    public static JdbcGrantStore create(DataSource dataSource) {
        return new JdbcGrantStore(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public boolean grant(ReadOnlyGrant grant) {
        Objects.requireNonNull(grant, "grant");
        return jdbc.inTransaction("record read-only grant", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO eadmin_read_only_grant (account_id, usager_id) VALUES (?, ?)")) {
                insert.setObject(1, grant.account().value());
                insert.setObject(2, grant.usager().value());
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public boolean revoke(ReadOnlyGrant grant) {
        Objects.requireNonNull(grant, "grant");
        return jdbc.inTransaction("withdraw read-only grant", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM eadmin_read_only_grant WHERE account_id = ? AND usager_id = ?")) {
                delete.setObject(1, grant.account().value());
                delete.setObject(2, grant.usager().value());
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Set<ReadOnlyGrant> grantsOf(AccountId account) {
        Objects.requireNonNull(account, "account");
        return select("SELECT account_id, usager_id FROM eadmin_read_only_grant WHERE account_id = ?", account.value());
    }

    @Override
    public Set<ReadOnlyGrant> all() {
        return select("SELECT account_id, usager_id FROM eadmin_read_only_grant", null);
    }

    private Set<ReadOnlyGrant> select(String sql, @Nullable UUID account) {
        return jdbc.read("list read-only grants", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (account != null) {
                    select.setObject(1, account);
                }
                try (ResultSet row = select.executeQuery()) {
                    Set<ReadOnlyGrant> grants = new HashSet<>();
                    while (row.next()) {
                        grants.add(new ReadOnlyGrant(
                                new AccountId(row.getObject(1, UUID.class)),
                                new UsagerId(row.getObject(2, UUID.class))));
                    }
                    return Set.copyOf(grants);
                }
            }
        });
    }

    @Override
    public String toString() {
        return "JdbcGrantStore";
    }
}
