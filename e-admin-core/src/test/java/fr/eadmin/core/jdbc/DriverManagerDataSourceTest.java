package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DriverManagerDataSourceTest {
    @Test
    void opensANewConnectionAtEachCall() throws SQLException {
        DriverManagerDataSource dataSource =
                DriverManagerDataSource.of("jdbc:h2:mem:dmds_open;DB_CLOSE_DELAY=-1", "sa", "");

        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection();
                Statement statement = first.createStatement()) {
            assertThat(first).isNotSameAs(second);
            statement.execute("CREATE TABLE t (id INT)");
            try (ResultSet rows = second.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
                assertThat(rows.next()).isTrue();
            }
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void connectsWithTheUrlAloneOrOtherCredentials() throws SQLException {
        DriverManagerDataSource dataSource = DriverManagerDataSource.of("jdbc:h2:mem:dmds_url");

        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
        try (Connection connection = dataSource.getConnection("sa", "")) {
            assertThat(connection.getMetaData().getUserName()).isEqualToIgnoringCase("sa");
        }
    }

    @Test
    void reportsAnUnknownDriver() {
        DriverManagerDataSource dataSource = DriverManagerDataSource.of("jdbc:nosuchdb://host/db");

        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
    }

    @Test
    void refusesWhatIsNotAJdbcUrl() {
        assertThatThrownBy(() -> DriverManagerDataSource.of("postgresql://host/db"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DriverManagerDataSource.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void neverShowsTheQueryStringWhereAPasswordMayBe() {
        assertThat(DriverManagerDataSource.of("jdbc:postgresql://db:5432/town?user=app&password=secret"))
                .hasToString("DriverManagerDataSource[jdbc:postgresql://db:5432/town]");
        assertThat(DriverManagerDataSource.of("jdbc:h2:./data;PASSWORD=secret"))
                .hasToString("DriverManagerDataSource[jdbc:h2:./data]");
        assertThat(DriverManagerDataSource.of("jdbc:h2:mem:x")).hasToString("DriverManagerDataSource[jdbc:h2:mem:x]");
    }

    @Test
    void unwrapsOnlyToWhatItIs() throws SQLException {
        DriverManagerDataSource dataSource = DriverManagerDataSource.of("jdbc:h2:mem:x");

        assertThat(dataSource.isWrapperFor(DataSource.class)).isTrue();
        assertThat(dataSource.unwrap(DataSource.class)).isSameAs(dataSource);
        assertThat(dataSource.isWrapperFor(Connection.class)).isFalse();
        assertThatThrownBy(() -> dataSource.unwrap(Connection.class)).isInstanceOf(SQLException.class);
        assertThatThrownBy(dataSource::getParentLogger).isInstanceOf(SQLFeatureNotSupportedException.class);
    }

    @Test
    void keepsTheLoginTimeout() {
        DriverManagerDataSource dataSource = DriverManagerDataSource.of("jdbc:h2:mem:x");

        dataSource.setLoginTimeout(7);

        assertThat(dataSource.getLoginTimeout()).isEqualTo(7);
        assertThatThrownBy(() -> dataSource.setLoginTimeout(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
