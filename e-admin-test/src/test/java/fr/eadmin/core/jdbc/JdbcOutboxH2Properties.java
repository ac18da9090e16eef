package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.spi.Outbox;
import fr.eadmin.core.spi.OutboxClaim;
import fr.eadmin.core.spi.OutboxEntry;
import fr.eadmin.test.arbitraries.NotificationArbitraries;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any notification comes back from the JDBC outbox exactly as it was enqueued (H2). */
class JdbcOutboxH2Properties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:00:00Z"), ZoneId.of("Europe/Paris"));

    private static DataSource dataSource = DriverManagerDataSource.of("jdbc:h2:mem:unused");

    @BeforeContainer
    static void createDatabase() {
        dataSource = DriverManagerDataSource.of("jdbc:h2:mem:outbox_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaInitializer.core().migrate(dataSource);
    }

    @AfterContainer
    static void dropDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Property(tries = 200)
    void keepsAnyNotificationUnchanged(@ForAll("notifications") Notification notification) throws SQLException {
        Outbox outbox = JdbcOutbox.create(dataSource, CLOCK);

        outbox.enqueue(List.of(notification));
        try {
            assertThat(outbox.find(notification.id()))
                    .map(OutboxEntry::notification)
                    .contains(notification);
            assertThat(outbox.claimDue(1, Duration.ofMinutes(1)))
                    .extracting(OutboxClaim::notification)
                    .containsExactly(notification);
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM eadmin_outbox");
            }
        }
    }

    @Provide
    Arbitrary<Notification> notifications() {
        return NotificationArbitraries.notifications();
    }
}
