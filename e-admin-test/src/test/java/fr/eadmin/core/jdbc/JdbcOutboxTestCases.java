package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationId;
import fr.eadmin.core.spi.Outbox;
import fr.eadmin.core.spi.OutboxEntry;
import fr.eadmin.core.spi.RetryPolicy;
import fr.eadmin.test.contract.OutboxContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The outbox contract and what is particular to the JDBC outbox (the caller's transaction, concurrent
 * enqueues, unreadable rows); run on H2 and on PostgreSQL.
 */
abstract class JdbcOutboxTestCases extends OutboxContract {
    /** @return the data source of the test class's database, with core's schema applied */
    abstract DataSource dataSource();

    /** @return a query giving the id of the connection's session */
    abstract String sessionIdQuery();

    /** @return a query counting the sessions waiting for a lock held by the session given as parameter */
    abstract String blockedByQuery();

    @Override
    protected Outbox newOutbox(Clock clock, RetryPolicy retryPolicy) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM eadmin_outbox");
        }
        return JdbcOutbox.create(dataSource(), clock, retryPolicy);
    }

    @Override
    protected Outbox secondNode(Outbox outbox, Clock clock, RetryPolicy retryPolicy) {
        return JdbcOutbox.create(dataSource(), clock, retryPolicy);
    }

    private JdbcOutbox jdbcOutbox() {
        return (JdbcOutbox) outbox();
    }

    @Test
    void commitsTheNotificationsWithTheCallersTransaction() throws SQLException {
        Notification notification = email();
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            jdbcOutbox().enqueue(connection, List.of(notification));

            assertThat(outbox().find(notification.id())).isEmpty(); // not committed yet
            connection.commit();
        }

        assertThat(outbox().find(notification.id()))
                .map(OutboxEntry::notification)
                .contains(notification);
    }

    @Test
    void leavesNothingWhenTheCallersTransactionRollsBack() throws SQLException {
        Notification notification = email();
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            jdbcOutbox().enqueue(connection, List.of(notification, sms()));
            connection.rollback();
        }

        assertThat(outbox().find(notification.id())).isEmpty();
        assertThat(outbox().counts().pending()).isZero();
        assertThat(outbox().claimDue(10, LEASE)).isEmpty();
    }

    @Test
    void skipsADuplicateIdWithoutFailingTheCallersTransaction() throws SQLException {
        Notification first = email();
        outbox().enqueue(List.of(first));
        Notification other = sms();
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            jdbcOutbox().enqueue(connection, List.of(email(first.id()), other));
            jdbcOutbox().enqueue(connection, List.of(other));
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM eadmin_outbox")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(2); // the transaction still works
            }
            connection.commit();
        }

        assertThat(outbox().find(first.id())).map(OutboxEntry::notification).contains(first);
        assertThat(outbox().find(other.id())).map(OutboxEntry::notification).contains(other);
    }

    @Test
    void skipsAnIdThatAConcurrentTransactionCommits() throws Exception {
        Notification committed = email();
        Notification other = sms();
        try (Connection holder = dataSource().getConnection()) {
            holder.setAutoCommit(false);
            jdbcOutbox().enqueue(holder, List.of(committed));

            Future<?> concurrent = enqueueConcurrently(List.of(email(committed.id()), other));
            awaitBlockedBy(holder, concurrent);
            holder.commit();

            concurrent.get(1, TimeUnit.MINUTES);
        }

        assertThat(outbox().find(committed.id())).map(OutboxEntry::notification).contains(committed);
        assertThat(outbox().find(other.id())).isPresent();
    }

    @Test
    void takesAnIdWhoseConcurrentTransactionRollsBack() throws Exception {
        Notification rolledBack = email();
        Notification taken = email(rolledBack.id());
        try (Connection holder = dataSource().getConnection()) {
            holder.setAutoCommit(false);
            jdbcOutbox().enqueue(holder, List.of(rolledBack));

            Future<?> concurrent = enqueueConcurrently(List.of(taken));
            awaitBlockedBy(holder, concurrent);
            holder.rollback();

            concurrent.get(1, TimeUnit.MINUTES);
        }

        assertThat(outbox().find(taken.id())).map(OutboxEntry::notification).contains(taken);
    }

    @Test
    void reportsARowItCannotReadWithoutQuotingIt() throws SQLException {
        NotificationId id = NotificationId.generate(clock());
        OffsetDateTime now = OffsetDateTime.ofInstant(clock().instant(), ZoneOffset.UTC);
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_outbox (id, usager_id,"
                        + " channel, address, template_code, subject, body, created_at, enqueued_at, status,"
                        + " attempts, next_attempt_at) VALUES (?, ?, 'EMAIL', 'Secret.Dupont@@example', 'x', 's',"
                        + " 'b', ?, ?, 'PENDING', 0, ?)")) {
            insert.setObject(1, id.value());
            insert.setObject(2, id.value());
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.setObject(5, now);
            insert.executeUpdate();
        }

        assertThatThrownBy(() -> outbox().find(id))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.aggregateType()).isEqualTo(Outbox.AGGREGATE_TYPE);
                    assertThat(e.aggregateId()).isEqualTo(id.toString());
                })
                .message()
                .doesNotContain("Secret");
    }

    @Test
    void reportsADatabaseFailureByOperationAndSqlState() {
        JdbcOutbox noTables = JdbcOutbox.create(DriverManagerDataSource.of("jdbc:h2:mem:"), clock());
        NotificationId id = NotificationId.generate(clock());

        assertThatThrownBy(() -> noTables.find(id))
                .isInstanceOfSatisfying(DatabaseAccessException.class, e -> {
                    assertThat(e.operation()).isEqualTo("find notification " + id);
                    assertThat(e.sqlState()).isNotBlank();
                })
                .hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> noTables.claimDue(10, LEASE)).isInstanceOf(DatabaseAccessException.class);
    }

    private Future<?> enqueueConcurrently(List<Notification> notifications) {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            return executor.submit(() -> {
                try (Connection connection = dataSource().getConnection()) {
                    connection.setAutoCommit(false);
                    jdbcOutbox().enqueue(connection, notifications);
                    connection.commit();
                }
                return null;
            });
        } finally {
            executor.shutdown(); // runs the submitted task, then ends
        }
    }

    /** Waits until the concurrent transaction waits for the holder's lock (or has failed). */
    private void awaitBlockedBy(Connection holder, Future<?> concurrent) throws Exception {
        Object session;
        try (Statement statement = holder.createStatement();
                ResultSet rows = statement.executeQuery(sessionIdQuery())) {
            assertThat(rows.next()).isTrue();
            session = rows.getObject(1);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection observer = dataSource().getConnection();
                PreparedStatement blocked = observer.prepareStatement(blockedByQuery())) {
            blocked.setObject(1, session);
            while (!concurrent.isDone()) {
                try (ResultSet rows = blocked.executeQuery()) {
                    if (rows.next() && rows.getInt(1) > 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the concurrent transaction never waited for the first one");
                }
                Thread.sleep(10);
            }
        }
        concurrent.get(); // finished without waiting: report its failure, if any
        throw new AssertionError("the concurrent transaction did not wait for the first one");
    }
}
