package fr.eadmin.core.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A minimal {@link DataSource} that opens a new connection through {@link DriverManager} at each call: for
 * examples, command-line tools and tests. It does not pool connections; a server application passes its
 * pool's {@code DataSource} (HikariCP, Agroal, the container's) instead.
 *
 * <p>The JDBC driver (H2, PostgreSQL…) only has to be on the class path or module path: {@link
 * DriverManager} finds it through the service loader.
 *
 * {@snippet :
 * DataSource dataSource = DriverManagerDataSource.of("jdbc:h2:./data/e-admin");
 * SchemaInitializer.core().migrate(dataSource);
 * }
 */
public final class DriverManagerDataSource implements DataSource {
    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private volatile @Nullable PrintWriter logWriter;
    private volatile int loginTimeoutSeconds;

    private DriverManagerDataSource(String url, @Nullable String user, @Nullable String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * A data source for a URL that carries its own credentials, if any (such as {@code
     * jdbc:postgresql://host/db?user=app} or an H2 file database).
     *
     * @param url the JDBC URL
     * @return the data source
     */
    public static DriverManagerDataSource of(String url) {
        return new DriverManagerDataSource(checkUrl(url), null, null);
    }

    /**
     * A data source that connects with a user and a password.
     *
     * @param url the JDBC URL
     * @param user the database user
     * @param password the password
     * @return the data source
     */
    public static DriverManagerDataSource of(String url, String user, String password) {
        return new DriverManagerDataSource(
                checkUrl(url), Objects.requireNonNull(user, "user"), Objects.requireNonNull(password, "password"));
    }

    private static String checkUrl(String url) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a JDBC URL starts with jdbc:");
        }
        return url;
    }

    /**
     * The JDBC URL this data source connects to.
     *
     * @return the URL
     */
    public String url() {
        return url;
    }

    /**
     * Opens a new connection with the configured credentials.
     *
     * @return a new connection; the caller closes it
     * @throws SQLException if the database cannot be reached
     */
    @Override
    public Connection getConnection() throws SQLException {
        if (user == null) {
            return DriverManager.getConnection(url);
        }
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * Opens a new connection with other credentials.
     *
     * @param username the database user
     * @param password the password
     * @return a new connection; the caller closes it
     * @throws SQLException if the database cannot be reached
     */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** {@return the log writer set by {@link #setLogWriter}, or null} */
    @Override
    public @Nullable PrintWriter getLogWriter() {
        return logWriter;
    }

    /**
     * Keeps a log writer, as the interface requires; connections do not use it.
     *
     * @param out the writer, or null
     */
    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
        this.logWriter = out;
    }

    /**
     * Keeps a login timeout, as the interface requires; {@link DriverManager} applies its own global one.
     *
     * @param seconds the timeout in seconds, 0 for the default
     */
    @Override
    public void setLoginTimeout(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("the login timeout must not be negative");
        }
        this.loginTimeoutSeconds = seconds;
    }

    /** {@return the login timeout set by {@link #setLoginTimeout}, 0 by default} */
    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    /**
     * Not supported: this data source logs nothing through {@code java.util.logging}.
     *
     * @return never
     * @throws SQLFeatureNotSupportedException always
     */
    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("DriverManagerDataSource does not use java.util.logging");
    }

    /**
     * Returns this object if it implements the interface.
     *
     * @param iface the interface
     * @return this data source
     * @throws SQLException if it does not implement the interface
     */
    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("DriverManagerDataSource does not implement " + iface.getName());
    }

    /**
     * Tells whether this object implements the interface.
     *
     * @param iface the interface
     * @return true if it does
     */
    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    /** The URL without its query string, which may carry a password. */
    @Override
    public String toString() {
        int query = url.indexOf('?');
        int semicolon = url.indexOf(';');
        int end = query < 0 ? semicolon : semicolon < 0 ? query : Math.min(query, semicolon);
        return "DriverManagerDataSource[" + (end < 0 ? url : url.substring(0, end)) + "]";
    }
}
