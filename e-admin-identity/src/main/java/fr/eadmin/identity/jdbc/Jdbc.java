package fr.eadmin.identity.jdbc;

import fr.eadmin.core.jdbc.DatabaseAccessException;
import fr.eadmin.core.jdbc.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Runs units of work in transactions of their own and converts what java.sql leaves to each store. */
final class Jdbc {
    private final Transactions transactions;

    Jdbc(DataSource dataSource) {
        this.transactions = Transactions.of(dataSource);
    }

    /**
     * Runs the work in one transaction: commit on success, rollback on any failure.
     *
     * @throws DatabaseAccessException if the database fails, naming the operation
     */
    <T> T inTransaction(String operation, Transactions.Work<T> work) {
        try {
            return transactions.inTransaction(work);
        } catch (SQLException e) {
            throw new DatabaseAccessException(operation, e);
        }
    }

    /** Work without a result on a connection whose transaction the caller manages. */
    @FunctionalInterface
    interface Update {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs work without a result in one transaction.
     *
     * @throws DatabaseAccessException if the database fails, naming the operation
     */
    void execute(String operation, Update work) {
        inTransaction(operation, connection -> {
            work.run(connection);
            return Boolean.TRUE;
        });
    }

    /**
     * Runs read-only work in auto-commit mode.
     *
     * @throws DatabaseAccessException if the database fails, naming the operation
     */
    <T> T read(String operation, Transactions.Work<T> work) {
        try {
            return transactions.read(work);
        } catch (SQLException e) {
            throw new DatabaseAccessException(operation, e);
        }
    }

    static boolean isUniqueViolation(SQLException e) {
        return Transactions.isUniqueViolation(e);
    }

    static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant requiredInstant(ResultSet row, String column) throws SQLException {
        Instant value = instant(row, column);
        if (value == null) {
            throw new SQLException("column " + column + " is null", "22004");
        }
        return value;
    }
}
