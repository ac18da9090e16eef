package fr.eadmin.core.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs a unit of work in one transaction of its own: commit on success, rollback on any failure. Every JDBC
 * store of e-admin runs its work through it; an application writing its own store can do the same.
 *
 * {@snippet :
 * Transactions transactions = Transactions.of(dataSource);
 * int rows = transactions.inTransaction(connection -> {
 *     try (PreparedStatement update = connection.prepareStatement("update t set v = v + 1")) {
 *         return update.executeUpdate();
 *     }
 * });
 * }
 */
public final class Transactions {
    /** SQLState of a unique constraint violation, on H2 and PostgreSQL alike. */
    public static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Transactions on connections of a data source.
     *
     * @param dataSource where connections come from
     * @return the transactions
     */
    public static Transactions of(DataSource dataSource) {
        return new Transactions(dataSource);
    }

    /**
     * Work that uses a connection whose transaction the caller manages.
     *
     * @param <T> what the work returns
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Does the work.
         *
         * @param connection the connection, in the transaction
         * @return the result
         * @throws SQLException if the database fails
         */
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a transaction.
     *
     * @param <T> what the work returns
     * @param work the work
     * @return what the work returned, once committed
     * @throws SQLException if the database fails; the transaction was rolled back
     * @throws RuntimeException whatever the work throws; the transaction was rolled back
     */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        }
    }

    /**
     * Runs read-only work on a connection in auto-commit mode: one statement, one transaction.
     *
     * @param <T> what the work returns
     * @param work the work
     * @return what the work returned
     * @throws SQLException if the database fails
     */
    public <T> T read(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        }
    }

    /**
     * Whether a failure is, or was caused by, a unique constraint violation.
     *
     * @param e the failure
     * @return true for a unique constraint violation, on H2 and PostgreSQL alike
     */
    public static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // the connection is closed next; a pool resets or discards it
        }
    }
}
