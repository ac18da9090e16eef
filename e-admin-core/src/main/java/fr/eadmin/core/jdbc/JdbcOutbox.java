package fr.eadmin.core.jdbc;

import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.internal.FailureReasons;
import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationChannel;
import fr.eadmin.core.notification.NotificationId;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.spi.Outbox;
import fr.eadmin.core.spi.OutboxClaim;
import fr.eadmin.core.spi.OutboxCounts;
import fr.eadmin.core.spi.OutboxEntry;
import fr.eadmin.core.spi.OutboxStatus;
import fr.eadmin.core.spi.RetryPolicy;
import fr.eadmin.core.usager.UsagerId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Outbox} in a relational database through JDBC, running unchanged on H2 and PostgreSQL; several
 * nodes may share it. The table {@code eadmin_outbox} is created by {@link SchemaInitializer#core()} (or by
 * Flyway from the same scripts).
 *
 * <p>The point of an outbox is {@link #enqueue(Connection, List)}: the notifications of an event are inserted
 * with the caller's connection, inside the caller's transaction, so that they are committed with the event or
 * rolled back with it. {@snippet :
 * try (Connection connection = dataSource.getConnection()) {
 *     connection.setAutoCommit(false);
 *     // ... record the event with the same connection ...
 *     outbox.enqueue(connection, List.of(accuseReception));
 *     connection.commit();
 * }
 * }
 * A notification whose id is already in the table is skipped without failing the statement, so the caller's
 * transaction goes on: on PostgreSQL with {@code INSERT ... ON CONFLICT (id) DO NOTHING}, which also holds when
 * two transactions insert the same id at once (the second waits for the first, then skips); on H2 with {@code
 * INSERT ... SELECT ... WHERE NOT EXISTS}: when two transactions insert the same id at once, the second waits
 * for the first, then fails with a duplicate key that H2 rolls back alone (the statement, not the transaction),
 * so the notification is skipped; if the first transaction stays open longer than H2's {@code LOCK_TIMEOUT}
 * (1 s by default), the second gets H2's lock timeout instead.
 *
 * <p>{@link #claimDue} selects due rows with {@code SELECT ... FOR UPDATE SKIP LOCKED} (both databases support
 * it), so that relays claiming at once take different rows without waiting for each other, then sets each
 * row's lease with an {@code UPDATE} that repeats the due condition: a row claimed by another relay between the
 * two statements is not claimed twice. Leases are computed with this node's clock: keep the nodes' clocks
 * synchronised (NTP) and leases much longer than any clock difference.
 *
 * <p>Every other method runs in one transaction of its own. Logs name notifications by id only.
 *
 * {@snippet :
 * Outbox outbox = JdbcOutbox.create(dataSource, Clock.system(ZoneId.of("Europe/Paris")));
 * }
 */
public final class JdbcOutbox implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcOutbox.class);

    private static final String COLUMNS = "id, usager_id, demande_id, channel, address, template_code, subject,"
            + " body, created_at, enqueued_at, status, attempts, next_attempt_at, claimed_until, last_error,"
            + " delivered_at";
    private static final String INSERT_COLUMNS = "id, usager_id, demande_id, channel, address, template_code,"
            + " subject, body, created_at, enqueued_at, status, attempts, next_attempt_at";
    private static final String INSERT_ON_CONFLICT = "INSERT INTO eadmin_outbox (" + INSERT_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?) ON CONFLICT (id) DO NOTHING";
    private static final String INSERT_WHERE_NOT_EXISTS = "INSERT INTO eadmin_outbox (" + INSERT_COLUMNS + ")"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM eadmin_outbox WHERE id = ?)";
    private static final String DUE =
            "status = 'PENDING' AND next_attempt_at <= ?" + " AND (claimed_until IS NULL OR claimed_until <= ?)";
    private static final String EXHAUSTED_REASON = "the lease of the last attempt expired without a report";

    private final Transactions transactions;
    private final Clock clock;
    private final RetryPolicy retryPolicy;

    private JdbcOutbox(DataSource dataSource, Clock clock, RetryPolicy retryPolicy) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
        this.retryPolicy = retryPolicy;
    }

    /**
     * An outbox on the given database, whose schema is up to date, with the {@linkplain RetryPolicy#standard()
     * standard} retry policy.
     *
     * @param dataSource the database
     * @param clock the clock giving enqueue times, due times and leases
     * @return the outbox
     */
    public static JdbcOutbox create(DataSource dataSource, Clock clock) {
        return create(dataSource, clock, RetryPolicy.standard());
    }

    /**
     * An outbox on the given database, whose schema is up to date.
     *
     * @param dataSource the database
     * @param clock the clock giving enqueue times, due times and leases
     * @param retryPolicy when failed notifications are tried again, and when they are given up
     * @return the outbox
     */
    public static JdbcOutbox create(DataSource dataSource, Clock clock, RetryPolicy retryPolicy) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        return new JdbcOutbox(dataSource, clock, retryPolicy);
    }

    /**
     * The retry policy of this outbox.
     *
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * Records notifications, due at once, in the caller's transaction: they are committed or rolled back with
     * whatever else the caller does on this connection. A notification whose id is already recorded (or
     * recorded by a concurrent transaction that commits) is skipped, without failing the transaction. Neither
     * commits, rolls back nor closes the connection.
     *
     * @param connection the caller's connection, in the transaction of the event that causes the
     *     notifications (in auto-commit mode, each notification is committed on its own)
     * @param notifications the notifications
     * @throws SQLException if the database fails; the caller rolls its transaction back
     */
    public void enqueue(Connection connection, List<Notification> notifications) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        List<Notification> copy = List.copyOf(Objects.requireNonNull(notifications, "notifications"));
        if (copy.isEmpty()) {
            return;
        }
        boolean postgres = isPostgres(connection);
        OffsetDateTime now = timestamp(now());
        try (PreparedStatement insert =
                connection.prepareStatement(postgres ? INSERT_ON_CONFLICT : INSERT_WHERE_NOT_EXISTS)) {
            for (Notification notification : copy) {
                bindInsert(insert, notification, now);
                if (!postgres) {
                    insert.setObject(12, notification.id().value());
                }
                int inserted;
                try {
                    inserted = insert.executeUpdate();
                } catch (SQLException e) {
                    // H2: a concurrent transaction inserted the same id; only this statement is rolled back.
                    if (postgres || !Transactions.isUniqueViolation(e)) {
                        throw e;
                    }
                    inserted = 0;
                }
                if (inserted == 0) {
                    LOG.debug("notification {} is already in the outbox: skipped", notification.id());
                } else {
                    LOG.debug("enqueued notification {}", notification.id());
                }
            }
        }
    }

    @Override
    public void enqueue(List<Notification> notifications) {
        Objects.requireNonNull(notifications, "notifications");
        try {
            transactions.inTransaction(connection -> {
                enqueue(connection, notifications);
                return null;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("enqueue " + notifications.size() + " notifications", e);
        }
    }

    @Override
    public List<OutboxClaim> claimDue(int max, Duration lease) {
        checkMax(max);
        checkLease(lease);
        Instant now = now();
        Instant until = now.plus(lease);
        List<OutboxClaim> claims;
        try {
            claims = transactions.inTransaction(connection -> claim(connection, max, now, until));
        } catch (SQLException e) {
            throw new DatabaseAccessException("claim due notifications", e);
        }
        for (OutboxClaim claim : claims) {
            LOG.debug(
                    "claimed notification {} for attempt {} until {}",
                    claim.notification().id(),
                    claim.attempt(),
                    claim.leaseExpiresAt());
        }
        return claims;
    }

    private List<OutboxClaim> claim(Connection connection, int max, Instant now, Instant until) throws SQLException {
        List<OutboxEntry> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM eadmin_outbox WHERE "
                + DUE + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            select.setObject(1, timestamp(now));
            select.setObject(2, timestamp(now));
            select.setInt(3, max);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(read(rows));
                }
            }
        }
        List<OutboxClaim> claims = new ArrayList<>(due.size());
        try (PreparedStatement lease = connection.prepareStatement(
                        "UPDATE eadmin_outbox SET claimed_until = ?, attempts = attempts + 1 WHERE id = ? AND " + DUE);
                PreparedStatement giveUp = connection.prepareStatement("UPDATE eadmin_outbox SET status = 'DEAD',"
                        + " next_attempt_at = NULL, claimed_until = NULL, last_error = ? WHERE id = ? AND " + DUE)) {
            for (OutboxEntry entry : due) {
                NotificationId id = entry.notification().id();
                if (entry.attempts() >= retryPolicy.maxAttempts()) {
                    giveUp.setString(1, EXHAUSTED_REASON);
                    giveUp.setObject(2, id.value());
                    giveUp.setObject(3, timestamp(now));
                    giveUp.setObject(4, timestamp(now));
                    if (giveUp.executeUpdate() == 1) {
                        LOG.warn("notification {} is dead: {} attempts, the last one unreported", id, entry.attempts());
                    }
                    continue;
                }
                lease.setObject(1, timestamp(until));
                lease.setObject(2, id.value());
                lease.setObject(3, timestamp(now));
                lease.setObject(4, timestamp(now));
                if (lease.executeUpdate() == 1) {
                    claims.add(new OutboxClaim(entry.notification(), entry.attempts() + 1, until));
                }
            }
        }
        return claims;
    }

    @Override
    public void markDelivered(NotificationId id) {
        Objects.requireNonNull(id, "id");
        Instant now = now();
        try {
            transactions.inTransaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_outbox SET status ="
                        + " 'DELIVERED', delivered_at = ?, next_attempt_at = NULL, claimed_until = NULL"
                        + " WHERE id = ? AND status <> 'DELIVERED'")) {
                    update.setObject(1, timestamp(now));
                    update.setObject(2, id.value());
                    if (update.executeUpdate() == 0 && select(connection, id, false) == null) {
                        throw new NotFoundException(AGGREGATE_TYPE, id.toString());
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("mark notification " + id + " delivered", e);
        }
        LOG.debug("notification {} delivered", id);
    }

    @Override
    public OutboxEntry markFailed(NotificationId id, String reason, boolean retryable) {
        Objects.requireNonNull(id, "id");
        String cut = FailureReasons.cut(reason);
        Instant now = now();
        try {
            return transactions.inTransaction(connection -> {
                OutboxEntry entry = select(connection, id, true);
                if (entry == null) {
                    throw new NotFoundException(AGGREGATE_TYPE, id.toString());
                }
                if (entry.status() != OutboxStatus.PENDING) {
                    return entry;
                }
                int attempts = Math.max(1, entry.attempts());
                boolean dead = retryPolicy.givesUp(attempts, retryable);
                @Nullable Instant next = dead ? null : now.plus(retryPolicy.delayAfter(attempts));
                try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_outbox SET status = ?,"
                        + " attempts = ?, next_attempt_at = ?, claimed_until = NULL, last_error = ? WHERE id = ?")) {
                    update.setString(1, dead ? OutboxStatus.DEAD.name() : OutboxStatus.PENDING.name());
                    update.setInt(2, attempts);
                    setTimestamp(update, 3, next);
                    update.setString(4, cut);
                    update.setObject(5, id.value());
                    update.executeUpdate();
                }
                return new OutboxEntry(
                        entry.notification(),
                        dead ? OutboxStatus.DEAD : OutboxStatus.PENDING,
                        attempts,
                        entry.enqueuedAt(),
                        next,
                        null,
                        cut,
                        null);
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("mark notification " + id + " failed", e);
        }
    }

    @Override
    public boolean requeue(NotificationId id) {
        Objects.requireNonNull(id, "id");
        Instant now = now();
        try {
            return transactions.inTransaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_outbox SET status ="
                        + " 'PENDING', attempts = 0, next_attempt_at = ?, claimed_until = NULL"
                        + " WHERE id = ? AND status = 'DEAD'")) {
                    update.setObject(1, timestamp(now));
                    update.setObject(2, id.value());
                    if (update.executeUpdate() == 1) {
                        LOG.info("dead notification {} requeued", id);
                        return true;
                    }
                }
                if (select(connection, id, false) == null) {
                    throw new NotFoundException(AGGREGATE_TYPE, id.toString());
                }
                return false;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("requeue notification " + id, e);
        }
    }

    @Override
    public Optional<OutboxEntry> find(NotificationId id) {
        Objects.requireNonNull(id, "id");
        try {
            return Optional.ofNullable(transactions.read(connection -> select(connection, id, false)));
        } catch (SQLException e) {
            throw new DatabaseAccessException("find notification " + id, e);
        }
    }

    @Override
    public List<OutboxEntry> dead(int max) {
        checkMax(max);
        try {
            return transactions.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM eadmin_outbox WHERE status = 'DEAD' ORDER BY enqueued_at, id LIMIT ?")) {
                    select.setInt(1, max);
                    try (ResultSet rows = select.executeQuery()) {
                        List<OutboxEntry> entries = new ArrayList<>();
                        while (rows.next()) {
                            entries.add(read(rows));
                        }
                        return entries;
                    }
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("list dead notifications", e);
        }
    }

    @Override
    public OutboxCounts counts() {
        Instant now = now();
        try {
            return transactions.read(connection -> {
                long pending = 0;
                long inFlight = 0;
                long delivered = 0;
                long dead = 0;
                @Nullable Instant oldest = null;
                try (PreparedStatement select = connection.prepareStatement("SELECT status, in_flight, COUNT(*),"
                        + " MIN(enqueued_at) FROM (SELECT status, enqueued_at, CASE WHEN claimed_until > ?"
                        + " THEN 1 ELSE 0 END AS in_flight FROM eadmin_outbox) t GROUP BY status, in_flight")) {
                    select.setObject(1, timestamp(now));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            OutboxStatus status = OutboxStatus.valueOf(rows.getString(1));
                            long count = rows.getLong(3);
                            switch (status) {
                                case PENDING -> {
                                    if (rows.getInt(2) == 1) {
                                        inFlight += count;
                                    } else {
                                        pending += count;
                                    }
                                    Instant min = instant(rows, 4);
                                    if (min != null && (oldest == null || min.isBefore(oldest))) {
                                        oldest = min;
                                    }
                                }
                                case DELIVERED -> delivered += count;
                                case DEAD -> dead += count;
                            }
                        }
                    }
                }
                return new OutboxCounts(pending, inFlight, delivered, dead, oldest);
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("count notifications", e);
        }
    }

    @Override
    public int purgeDelivered(Instant deliveredBefore) {
        Objects.requireNonNull(deliveredBefore, "deliveredBefore");
        int purged;
        try {
            purged = transactions.inTransaction(connection -> {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM eadmin_outbox WHERE status = 'DELIVERED' AND delivered_at < ?")) {
                    delete.setObject(1, timestamp(deliveredBefore));
                    return delete.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("purge delivered notifications", e);
        }
        LOG.info("purged {} delivered notifications", purged);
        return purged;
    }

    /** The time, to the microsecond: what both databases keep, so that what is returned is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }

    private static void bindInsert(PreparedStatement insert, Notification notification, OffsetDateTime now)
            throws SQLException {
        insert.setObject(1, notification.id().value());
        insert.setObject(2, notification.usager().value());
        DemandeId demande = notification.demande();
        if (demande == null) {
            insert.setNull(3, Types.OTHER);
        } else {
            insert.setObject(3, demande.value());
        }
        insert.setString(4, notification.channel().name());
        insert.setString(5, notification.recipient().address());
        insert.setString(6, notification.templateCode());
        insert.setString(7, notification.subject());
        insert.setString(8, notification.body());
        insert.setObject(9, timestamp(notification.createdAt()));
        insert.setObject(10, now);
        insert.setObject(11, now);
    }

    private @Nullable OutboxEntry select(Connection connection, NotificationId id, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM eadmin_outbox WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setObject(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? read(rows) : null;
            }
        }
    }

    private static OutboxEntry read(ResultSet rows) throws SQLException {
        UUID id = rows.getObject("id", UUID.class);
        try {
            UUID demande = rows.getObject("demande_id", UUID.class);
            NotificationChannel channel = NotificationChannel.valueOf(rows.getString("channel"));
            String address = rows.getString("address");
            Recipient recipient =
                    switch (channel) {
                        case EMAIL -> Recipient.email(new Email(address));
                        case SMS -> Recipient.sms(new Telephone(address));
                    };
            Notification notification = new Notification(
                    new NotificationId(id),
                    new UsagerId(rows.getObject("usager_id", UUID.class)),
                    recipient,
                    rows.getString("template_code"),
                    rows.getString("subject"),
                    rows.getString("body"),
                    Objects.requireNonNull(instant(rows, "created_at")),
                    demande == null ? null : new DemandeId(demande));
            return new OutboxEntry(
                    notification,
                    OutboxStatus.valueOf(rows.getString("status")),
                    rows.getInt("attempts"),
                    Objects.requireNonNull(instant(rows, "enqueued_at")),
                    instant(rows, "next_attempt_at"),
                    instant(rows, "claimed_until"),
                    rows.getString("last_error"),
                    instant(rows, "delivered_at"));
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(AGGREGATE_TYPE, String.valueOf(id), e);
        }
    }

    private static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void setTimestamp(PreparedStatement statement, int index, @Nullable Instant instant)
            throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, timestamp(instant));
        }
    }

    private static void checkMax(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
    }

    private static void checkLease(Duration lease) {
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the lease must be positive");
        }
    }

    @Override
    public String toString() {
        return "JdbcOutbox";
    }
}
