package fr.eadmin.core.jdbc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.EmptyJournalException;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.journal.JournalHash;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.journal.JournalVerification;
import fr.eadmin.core.journal.JournalVerifier;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.core.spi.Timestamper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Journal} in a relational database through JDBC, running unchanged on H2 and PostgreSQL. The
 * tables are created by {@link SchemaInitializer#core()} (script {@code V1_2__journal.sql}).
 *
 * <h2>Appending in the caller's transaction</h2>
 *
 * A change and the journal entry that traces it must be committed together, or not at all: {@link
 * #append(Connection, List)} appends within the transaction of the connection it is given, which the caller
 * then commits (or rolls back). {@snippet :
 * try (Connection connection = dataSource.getConnection()) {
 *     connection.setAutoCommit(false);
 *     // ... update the demande ...
 *     journal.append(connection, List.of(event));
 *     connection.commit();
 * }
 * }
 * The other methods of {@link Journal}, {@link #append(List)} included, each run in a transaction of their
 * own.
 *
 * <h2>Several nodes</h2>
 *
 * The position and hash of the last entry are kept in a single row, {@code eadmin_journal_head}, which every
 * append locks ({@code SELECT ... FOR UPDATE}) before it computes its entries: appends from any number of
 * threads or nodes take turns, and the lock is held until the appending transaction ends, so keep those
 * transactions short. The primary key on the position stops a duplicate position whatever happens. Use the
 * default isolation, READ COMMITTED: under REPEATABLE READ or SERIALIZABLE, PostgreSQL refuses an append that
 * waited for another (SQLState 40001) and the transaction must be retried. H2 gives up waiting for the lock
 * after its {@code LOCK_TIMEOUT} (1 s by default): {@link #append(List)} then tries again, a few times;
 * {@link #append(Connection, List)} cannot, since the transaction is the caller's.
 *
 * <h2>Reading and verifying</h2>
 *
 * Reads and {@link #verify()} page through the table by position ({@link #withPageSize}), so that a journal of
 * millions of entries is checked in constant memory. {@link #verify()} also checks that the chain reaches the
 * head row, so that entries removed from the end are found. A row that cannot be read back as an entry is
 * reported by {@code verify} as a modified entry, and by the other reads as an {@link
 * UnreadableJournalRowException}.
 *
 * <h2>Seals</h2>
 *
 * {@link #seal} reads the last entry, asks the timestamper for a token outside any transaction (the service
 * may be slow and no lock is held meanwhile), then inserts the seal into {@code eadmin_journal_seal}.
 *
 * <p>Logs name entries by position only.
 */
public final class JdbcJournal implements Journal {
    /** The number of entries {@link #verify()} reads per query, unless {@link #withPageSize} says otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcJournal.class);
    private static final int APPEND_ATTEMPTS = 5;
    private static final String COLUMNS =
            "position, occurred_at, actor, action, subject_type, subject_id, details, previous_hash, hash";

    private final DataSource dataSource;
    private final Transactions transactions;
    private final int pageSize;
    private final ObjectMapper mapper;
    private final JavaType detailsType;

    private JdbcJournal(DataSource dataSource, int pageSize) {
        this.dataSource = dataSource;
        this.transactions = new Transactions(dataSource);
        this.pageSize = pageSize;
        this.mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.detailsType = mapper.getTypeFactory().constructMapType(TreeMap.class, String.class, String.class);
    }

    /**
     * A journal in the given database, whose schema is up to date.
     *
     * @param dataSource the database
     * @return the journal
     */
    public static JdbcJournal create(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new JdbcJournal(dataSource, DEFAULT_PAGE_SIZE);
    }

    /**
     * The same journal, reading this many entries per query when it verifies.
     *
     * @param pageSize the number of entries per query, 1 to {@value Journal#MAX_PAGE}
     * @return a new journal on the same database
     */
    public JdbcJournal withPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " entries");
        }
        return new JdbcJournal(dataSource, pageSize);
    }

    /**
     * Appends events within the caller's transaction: the entries are committed with the rest of the caller's
     * work, or rolled back with it. The head row stays locked until that transaction ends.
     *
     * @param connection a connection with auto-commit off, whose transaction the caller commits or rolls back
     * @param events the events, appended at consecutive positions in this order (none: nothing is done)
     * @return their entries, in the same order
     * @throws IllegalArgumentException if the connection is in auto-commit mode
     * @throws DatabaseAccessException if the database fails; the caller must roll its transaction back
     */
    public List<JournalEntry> append(Connection connection, List<JournalEvent> events) {
        Objects.requireNonNull(connection, "connection");
        List<JournalEvent> toAppend = copy(events);
        if (toAppend.isEmpty()) {
            return List.of();
        }
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalArgumentException(
                        "the journal appends within the caller's transaction: turn auto-commit off");
            }
            return appendIn(connection, toAppend);
        } catch (SQLException e) {
            throw new DatabaseAccessException("append to the journal", e);
        }
    }

    @Override
    public List<JournalEntry> append(List<JournalEvent> events) {
        List<JournalEvent> toAppend = copy(events);
        if (toAppend.isEmpty()) {
            return List.of();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(connection -> appendIn(connection, toAppend));
            } catch (SQLException e) {
                if (attempt == APPEND_ATTEMPTS || !isLockConflict(e)) {
                    throw new DatabaseAccessException("append to the journal", e);
                }
                LOG.debug(
                        "journal head busy (SQLState {}), attempt {} of {}", e.getSQLState(), attempt, APPEND_ATTEMPTS);
            }
        }
    }

    private List<JournalEntry> appendIn(Connection connection, List<JournalEvent> events) throws SQLException {
        long position;
        JournalHash previous;
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT position, hash FROM eadmin_journal_head WHERE id = 1 FOR UPDATE");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the journal head row is missing", "02000");
            }
            position = row.getLong(1);
            try {
                previous = JournalHash.parse(row.getString(2).strip());
            } catch (RuntimeException e) {
                throw new SQLException("the journal head row holds no hash", "22000", e);
            }
        }
        List<JournalEntry> entries = new ArrayList<>(events.size());
        for (JournalEvent event : events) {
            JournalEntry entry = JournalEntry.chain(++position, event, previous);
            entries.add(entry);
            previous = entry.hash();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO eadmin_journal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (JournalEntry entry : entries) {
                JournalEvent event = entry.event();
                insert.setLong(1, entry.position());
                insert.setObject(2, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
                insert.setString(3, event.actor().reference());
                insert.setString(4, event.action());
                insert.setString(5, event.subjectType());
                insert.setString(6, event.subjectId());
                insert.setString(7, writeDetails(event.details()));
                insert.setString(8, entry.previousHash().hex());
                insert.setString(9, entry.hash().hex());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE eadmin_journal_head SET position = ?, hash = ? WHERE id = 1")) {
            update.setLong(1, position);
            update.setString(2, previous.hex());
            update.executeUpdate();
        }
        LOG.debug(
                "appended journal entries {} to {}",
                entries.get(0).position(),
                entries.get(entries.size() - 1).position());
        return List.copyOf(entries);
    }

    @Override
    public List<JournalEntry> read(long fromPosition, int limit) {
        if (fromPosition < 1) {
            throw new IllegalArgumentException("journal positions start at 1");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " entries");
        }
        try {
            return transactions.read(connection -> {
                List<JournalEntry> page = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM eadmin_journal WHERE position >= ? ORDER BY position LIMIT ?")) {
                    select.setLong(1, fromPosition);
                    select.setInt(2, limit);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            page.add(entry(rows));
                        }
                    }
                }
                return List.copyOf(page);
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("read the journal from position " + fromPosition, e);
        }
    }

    @Override
    public List<JournalEntry> about(String subjectType, String subjectId) {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        try {
            return transactions.read(connection -> {
                List<JournalEntry> found = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM eadmin_journal WHERE subject_type = ? AND subject_id = ? ORDER BY position")) {
                    select.setString(1, subjectType);
                    select.setString(2, subjectId);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.add(entry(rows));
                        }
                    }
                }
                return List.copyOf(found);
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("read the journal entries about a " + subjectType, e);
        }
    }

    @Override
    public Optional<JournalEntry> head() {
        try {
            return transactions.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                                "SELECT " + COLUMNS + " FROM eadmin_journal ORDER BY position DESC LIMIT 1");
                        ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("read the journal head", e);
        }
    }

    @Override
    public JournalVerification verify() {
        return check(null);
    }

    @Override
    public JournalVerification verify(Timestamper timestamper) {
        return check(Objects.requireNonNull(timestamper, "timestamper"));
    }

    private JournalVerification check(@Nullable Timestamper timestamper) {
        JournalVerification outcome;
        try {
            outcome = transactions.read(connection -> checkWith(connection, timestamper));
        } catch (SQLException e) {
            throw new DatabaseAccessException("verify the journal", e);
        }
        JournalVerification.Failure failure = outcome.failure();
        if (failure == null) {
            LOG.info(
                    "journal verified: {} entries and {} seals intact",
                    outcome.entriesChecked(),
                    outcome.sealsChecked());
        } else {
            LOG.warn("journal verification failed at position {}: {}", failure.position(), failure.problem());
        }
        return outcome;
    }

    private JournalVerification checkWith(Connection connection, @Nullable Timestamper timestamper)
            throws SQLException {
        // The head first: entries appended while we read lie beyond it, and are checked as well.
        Optional<Head> recorded = recordedHead(connection);
        if (recorded.isEmpty()) {
            return JournalVerification.invalid(0, 0, 0, JournalVerification.Problem.HEAD_MISMATCH);
        }
        List<JournalSeal> seals = new ArrayList<>();
        long firstUnreadableSeal = Long.MAX_VALUE;
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT position, hash, token, token_time FROM eadmin_journal_seal ORDER BY position, seal_no");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                try {
                    seals.add(seal(rows));
                } catch (UnreadableJournalRowException e) {
                    firstUnreadableSeal = Math.min(firstUnreadableSeal, e.position());
                }
            }
        }
        JournalVerifier verifier = JournalVerifier.create(seals, timestamper)
                .expectHead(recorded.get().position(), recorded.get().hash());
        readAll(connection, verifier);
        JournalVerification outcome = verifier.finish();
        JournalVerification.Failure failure = outcome.failure();
        if (failure == null) {
            // Every entry committed before this point has its head committed with it: an entry beyond the
            // head now was not appended by a journal.
            Optional<Head> now = recordedHead(connection);
            long headNow = now.isEmpty() ? 0 : now.get().position();
            if (now.isEmpty() || verifier.lastPosition() > headNow) {
                return JournalVerification.invalid(
                        outcome.entriesChecked(),
                        outcome.sealsChecked(),
                        headNow + 1,
                        JournalVerification.Problem.HEAD_MISMATCH);
            }
        }
        if (firstUnreadableSeal != Long.MAX_VALUE && (failure == null || failure.position() > firstUnreadableSeal)) {
            return JournalVerification.invalid(
                    outcome.entriesChecked(),
                    outcome.sealsChecked(),
                    firstUnreadableSeal,
                    JournalVerification.Problem.SEAL_INVALID);
        }
        return outcome;
    }

    /** The head row, or empty if it is missing or unreadable. */
    private static Optional<Head> recordedHead(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT position, hash FROM eadmin_journal_head WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Head(
                        row.getLong(1), JournalHash.parse(row.getString(2).strip())));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** Feeds every entry to the verifier, page by page, until it has seen them all or found a problem. */
    private void readAll(Connection connection, JournalVerifier verifier) throws SQLException {
        long after = Long.MIN_VALUE; // rows forged at positions below 1 are read too
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM eadmin_journal WHERE position > ? ORDER BY position LIMIT ?")) {
            while (true) {
                select.setLong(1, after);
                select.setInt(2, pageSize);
                int read = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        after = rows.getLong(1);
                        boolean goOn;
                        try {
                            goOn = verifier.accept(entry(rows));
                        } catch (UnreadableJournalRowException e) {
                            goOn = verifier.acceptUnreadable(e.position());
                        }
                        if (!goOn) {
                            return;
                        }
                    }
                }
                if (read < pageSize) {
                    return;
                }
            }
        }
    }

    @Override
    public JournalSeal seal(Timestamper timestamper) {
        Objects.requireNonNull(timestamper, "timestamper");
        JournalEntry head = head().orElseThrow(EmptyJournalException::new);
        // The timestamping service is called outside any transaction: it may be slow, and holds no lock.
        TimestampToken token = timestamper.timestamp(head.hash().bytes());
        JournalSeal seal = new JournalSeal(head.position(), head.hash(), token);
        try {
            transactions.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO eadmin_journal_seal (position, hash, token, token_time) VALUES (?, ?, ?, ?)")) {
                    insert.setLong(1, seal.position());
                    insert.setString(2, seal.hash().hex());
                    insert.setBytes(3, token.encoded());
                    insert.setString(4, token.time().toString());
                    insert.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("seal the journal at position " + seal.position(), e);
        }
        LOG.info("sealed the journal at position {}, time {}", seal.position(), seal.time());
        return seal;
    }

    @Override
    public List<JournalSeal> seals() {
        try {
            return transactions.read(connection -> {
                List<JournalSeal> seals = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                                "SELECT position, hash, token, token_time FROM eadmin_journal_seal"
                                        + " ORDER BY position, seal_no");
                        ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        seals.add(seal(rows));
                    }
                }
                return List.copyOf(seals);
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("read the journal seals", e);
        }
    }

    private JournalEntry entry(ResultSet rows) throws SQLException {
        long position = rows.getLong(1);
        try {
            Instant at = Objects.requireNonNull(rows.getObject(2, OffsetDateTime.class), "occurred_at")
                    .toInstant();
            JournalEvent event = new JournalEvent(
                    at,
                    Actor.parse(rows.getString(3)),
                    rows.getString(4),
                    rows.getString(5),
                    rows.getString(6),
                    readDetails(rows.getString(7)));
            return new JournalEntry(
                    position,
                    event,
                    JournalHash.parse(rows.getString(8).strip()),
                    JournalHash.parse(rows.getString(9).strip()));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new UnreadableJournalRowException("entry", position, e);
        }
    }

    private static JournalSeal seal(ResultSet rows) throws SQLException {
        long position = rows.getLong(1);
        try {
            TimestampToken token = new TimestampToken(rows.getBytes(3), Instant.parse(rows.getString(4)));
            return new JournalSeal(position, JournalHash.parse(rows.getString(2).strip()), token);
        } catch (RuntimeException e) {
            throw new UnreadableJournalRowException("seal", position, e);
        }
    }

    private String writeDetails(Map<String, String> details) {
        try {
            return mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings can always be written as JSON", e);
        }
    }

    private Map<String, String> readDetails(String json) throws JsonProcessingException {
        Map<String, String> details = mapper.readValue(json, detailsType);
        return Objects.requireNonNull(details, "details");
    }

    private static List<JournalEvent> copy(List<JournalEvent> events) {
        Objects.requireNonNull(events, "events");
        for (JournalEvent event : events) {
            Objects.requireNonNull(event, "event");
        }
        return List.copyOf(events);
    }

    /** The head row was locked by another transaction for longer than the database waits. */
    private static boolean isLockConflict(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (sql instanceof SQLTransientException
                        || "HYT00".equals(state) // H2 lock timeout
                        || "40001".equals(state) // serialization failure
                        || "40P01".equals(state) // deadlock detected
                        || "55P03".equals(state)) { // PostgreSQL lock_not_available
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "JdbcJournal";
    }

    /** The position and hash of the last entry, as the head row records them. */
    private record Head(long position, JournalHash hash) {}
}
