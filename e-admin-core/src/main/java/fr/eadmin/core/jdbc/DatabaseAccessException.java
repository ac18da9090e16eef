package fr.eadmin.core.jdbc;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The database failed while a JDBC store worked: unreachable, out of resources, a statement refused for a
 * reason the store does not translate into a domain exception. The transaction was rolled back. The
 * message names the operation and the SQLState, never the data involved.
 */
public final class DatabaseAccessException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #operation()}. */
    private final String operation;
    /** See {@link #sqlState()}. */
    private final @Nullable String sqlState;

    /**
     * Creates the exception.
     *
     * @param operation what the store was doing, such as {@code "update usager 0192…"}
     * @param cause the driver's exception
     */
    public DatabaseAccessException(String operation, SQLException cause) {
        super("database failure during " + operation + " (SQLState " + cause.getSQLState() + ")", cause);
        this.operation = operation;
        this.sqlState = cause.getSQLState();
    }

    /** {@return what the store was doing} */
    public String operation() {
        return operation;
    }

    /** {@return the SQLState reported by the driver, or null if it gave none} */
    public @Nullable String sqlState() {
        return sqlState;
    }
}
