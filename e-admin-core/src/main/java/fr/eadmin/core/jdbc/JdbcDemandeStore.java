package fr.eadmin.core.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeChange;
import fr.eadmin.core.demande.DemandeDelay;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeReference;
import fr.eadmin.core.demande.DemandeState;
import fr.eadmin.core.demande.LateDemande;
import fr.eadmin.core.demande.Processing;
import fr.eadmin.core.demande.ServiceLevel;
import fr.eadmin.core.json.EAdminJson;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.UsagerId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DemandeStore} in a relational database through JDBC, on H2 and PostgreSQL. Each demande is one row of
 * {@code eadmin_demande}: its JSON document ({@link EAdminJson}) next to the columns lookups, the deadline sweep
 * and the service-level report read.
 *
 * <p>{@link #save(DemandeChange)} runs one transaction: the insert, or the update guarded by the version
 * ({@code UPDATE ... WHERE id = ? AND version = ?}: of two writers starting from the same version exactly one
 * succeeds, the other gets a {@link ConcurrentUpdateException}), then {@link JdbcJournal#append(Connection,
 * List)} and {@link JdbcOutbox#enqueue(Connection, List)} on the same connection. References are allocated by
 * an {@code UPDATE} of the year's row of {@code eadmin_demande_sequence} in a transaction of their own: unique,
 * not gapless. The service level is computed in SQL (counts and two histograms grouped by duration), so a
 * period of a hundred thousand demandes is never loaded in memory.
 *
 * <p>Every save also takes the journal's head row lock ({@link JdbcJournal}) until it commits, so saves of
 * different demandes take turns on their journal append. On H2 a writer waits at most {@code LOCK_TIMEOUT} (1 s
 * by default) for another's transaction and then fails with a {@link DatabaseAccessException}: raise it in the
 * URL ({@code ;LOCK_TIMEOUT=10000}) when many agents work at once; PostgreSQL waits.
 *
 * <p>Logs name demandes by id only.
 */
public final class JdbcDemandeStore implements DemandeStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDemandeStore.class);
    private static final int ALLOCATE_ATTEMPTS = 5;
    private static final String COLUMNS = "version, document";

    private final Transactions transactions;
    private final JdbcJournal journal;
    private final JdbcOutbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    private JdbcDemandeStore(DataSource dataSource, JdbcJournal journal, JdbcOutbox outbox, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.journal = journal;
        this.outbox = outbox;
        this.mapper = EAdminJson.newObjectMapper();
        this.clock = clock;
    }

    /**
     * A store on the given database, whose schema is up to date, writing journal and outbox on the same database.
     *
     * @param dataSource the database
     * @param journal the journal, on the same database
     * @param outbox the outbox, on the same database
     * @param clock the clock stamping creation and update times
     * @return the store
     */
    public static JdbcDemandeStore create(DataSource dataSource, JdbcJournal journal, JdbcOutbox outbox, Clock clock) {
        return new JdbcDemandeStore(
                Objects.requireNonNull(dataSource, "dataSource"),
                Objects.requireNonNull(journal, "journal"),
                Objects.requireNonNull(outbox, "outbox"),
                Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public DemandeReference allocateReference(int year) {
        new DemandeReference(year, 1); // checks the year
        for (int attempt = 1; ; attempt++) {
            try {
                long value = transactions.inTransaction(connection -> {
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE eadmin_demande_sequence SET last_value = last_value + 1 WHERE ref_year = ?")) {
                        update.setInt(1, year);
                        if (update.executeUpdate() == 0) {
                            try (PreparedStatement insert = connection.prepareStatement(
                                    "INSERT INTO eadmin_demande_sequence (ref_year, last_value) VALUES (?, 1)")) {
                                insert.setInt(1, year);
                                insert.executeUpdate();
                            }
                            return 1L;
                        }
                    }
                    try (PreparedStatement select = connection.prepareStatement(
                            "SELECT last_value FROM eadmin_demande_sequence WHERE ref_year = ?")) {
                        select.setInt(1, year);
                        try (ResultSet rows = select.executeQuery()) {
                            rows.next();
                            return rows.getLong(1);
                        }
                    }
                });
                return new DemandeReference(year, value);
            } catch (SQLException e) {
                // Two nodes inserted the first row of the year at once: the loser tries again, and updates.
                if (!Transactions.isUniqueViolation(e) || attempt == ALLOCATE_ATTEMPTS) {
                    throw new DatabaseAccessException("allocate a demande reference", e);
                }
            }
        }
    }

    @Override
    public Versioned<Demande> save(DemandeChange change) {
        Objects.requireNonNull(change, "change");
        Demande demande = change.demande();
        String document = write(demande);
        long version = change.expectedVersion() + 1;
        try {
            transactions.inTransaction(connection -> {
                if (change.creates()) {
                    insert(connection, demande, document);
                } else {
                    update(connection, demande, document, change.expectedVersion());
                }
                journal.append(connection, change.events());
                outbox.enqueue(connection, change.notifications());
                return null;
            });
        } catch (SQLException e) {
            if (change.creates() && Transactions.isUniqueViolation(e)) {
                throw new DuplicateKeyException(AGGREGATE_TYPE, demande.id() + " / " + demande.reference());
            }
            throw new DatabaseAccessException("save demande " + demande.id(), e);
        }
        LOG.debug("saved demande {} at version {} ({})", demande.id(), version, demande.state());
        return new Versioned<>(demande, version);
    }

    private void insert(Connection connection, Demande demande, String document) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_demande (id, reference,"
                + " teleservice, demandeur_id, beneficiary_id, state, version, received_on, deadline, sweepable, late,"
                + " decided_on, processing_days, processing_business_days, within_delay, implicit_decision, document,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, demande.id().value());
            insert.setString(2, demande.reference().toString());
            insert.setString(3, demande.teleservice());
            insert.setObject(4, demande.demandeur().value());
            insert.setObject(5, demande.beneficiary().value());
            insert.setString(6, demande.state().name());
            bindColumns(insert, 7, demande);
            insert.setString(16, document);
            insert.setObject(17, now);
            insert.setObject(18, now);
            insert.executeUpdate();
        }
    }

    private void update(Connection connection, Demande demande, String document, long expectedVersion)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_demande SET version = version + 1,"
                + " state = ?, received_on = ?, deadline = ?, sweepable = ?, late = ?, decided_on = ?,"
                + " processing_days = ?, processing_business_days = ?, within_delay = ?, implicit_decision = ?,"
                + " document = ?, updated_at = ? WHERE id = ? AND version = ? AND reference = ?")) {
            update.setString(1, demande.state().name());
            bindColumns(update, 2, demande);
            update.setString(11, document);
            update.setObject(12, OffsetDateTime.now(clock));
            update.setObject(13, demande.id().value());
            update.setLong(14, expectedVersion);
            update.setString(15, demande.reference().toString());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement select =
                connection.prepareStatement("SELECT reference FROM eadmin_demande WHERE id = ?")) {
            select.setObject(1, demande.id().value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException(AGGREGATE_TYPE, demande.id().toString());
                }
                if (!rows.getString(1).equals(demande.reference().toString())) {
                    throw new IllegalArgumentException("the reference of a demande never changes");
                }
                throw new ConcurrentUpdateException(AGGREGATE_TYPE, demande.id().toString(), expectedVersion);
            }
        }
    }

    /** Binds received_on, deadline, sweepable, late, decided_on, the processing times, within_delay, implicit. */
    private static void bindColumns(PreparedStatement statement, int first, Demande demande) throws SQLException {
        DemandeDelay delay = demande.delay();
        Processing processing = delay == null || !demande.state().isDecision() ? null : delay.processing();
        setDate(statement, first, delay == null ? null : delay.receivedOn());
        setDate(statement, first + 1, delay == null ? null : delay.deadline());
        statement.setBoolean(
                first + 2,
                delay != null
                        && demande.state().isPending()
                        && delay.running()
                        && !delay.late()
                        && delay.processing() == null);
        statement.setBoolean(first + 3, delay != null && delay.late());
        setDate(statement, first + 4, processing == null ? null : processing.decidedOn());
        setInt(statement, first + 5, processing == null ? null : processing.days());
        setInt(statement, first + 6, processing == null ? null : processing.businessDays());
        setBoolean(statement, first + 7, processing == null ? null : processing.withinDelay());
        setBoolean(statement, first + 8, processing == null ? null : processing.implicit());
    }

    private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    private static void setInt(PreparedStatement statement, int index, @Nullable Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setBoolean(PreparedStatement statement, int index, @Nullable Boolean value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }

    @Override
    public Optional<Versioned<Demande>> find(DemandeId id) {
        Objects.requireNonNull(id, "id");
        List<Versioned<Demande>> found = list("WHERE id = ?", id.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public Optional<Versioned<Demande>> findByReference(DemandeReference reference) {
        Objects.requireNonNull(reference, "reference");
        List<Versioned<Demande>> found = list("WHERE reference = ?", reference.toString());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Versioned<Demande>> findByUsager(UsagerId usager) {
        Objects.requireNonNull(usager, "usager");
        return list("WHERE demandeur_id = ? OR beneficiary_id = ?", usager.value(), usager.value());
    }

    @Override
    public List<Versioned<Demande>> findByTeleservice(String teleservice) {
        Objects.requireNonNull(teleservice, "teleservice");
        return list("WHERE teleservice = ?", teleservice);
    }

    @Override
    public List<Versioned<Demande>> findByState(DemandeState state) {
        Objects.requireNonNull(state, "state");
        return list("WHERE state = ?", state.name());
    }

    private List<Versioned<Demande>> list(String where, Object... parameters) {
        try {
            return transactions.read(connection -> {
                List<Versioned<Demande>> found = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, " + COLUMNS + " FROM eadmin_demande " + where + " ORDER BY id")) {
                    select.setMaxRows(MAX_LIST);
                    for (int i = 0; i < parameters.length; i++) {
                        select.setObject(i + 1, parameters[i]);
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            UUID id = rows.getObject(1, UUID.class);
                            found.add(new Versioned<>(read(new DemandeId(id), rows.getString(3)), rows.getLong(2)));
                        }
                    }
                }
                return found;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find demandes", e);
        }
    }

    @Override
    public List<DemandeId> findExpired(LocalDate today, int max) {
        Objects.requireNonNull(today, "today");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        try {
            return transactions.read(connection -> {
                List<DemandeId> ids = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT id FROM eadmin_demande"
                        + " WHERE sweepable = TRUE AND deadline < ? ORDER BY deadline, id")) {
                    select.setMaxRows(max);
                    select.setObject(1, today);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.add(new DemandeId(rows.getObject(1, UUID.class)));
                        }
                    }
                }
                return ids;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find expired demandes", e);
        }
    }

    @Override
    public ServiceLevel serviceLevel(String teleservice, LocalDate from, LocalDate to, LocalDate asOf) {
        Objects.requireNonNull(teleservice, "teleservice");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        String period = " FROM eadmin_demande WHERE teleservice = ? AND received_on >= ? AND received_on < ?";
        String decided = period + " AND processing_days IS NOT NULL";
        try {
            return transactions.inTransaction(connection -> {
                long received;
                long decidedCount;
                long within;
                long implicit;
                try (PreparedStatement counts = connection.prepareStatement("SELECT COUNT(*),"
                        + " COUNT(processing_days),"
                        + " COALESCE(SUM(CASE WHEN within_delay = TRUE THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN implicit_decision = TRUE THEN 1 ELSE 0 END), 0)" + period)) {
                    bindPeriod(counts, teleservice, from, to);
                    try (ResultSet rows = counts.executeQuery()) {
                        rows.next();
                        received = rows.getLong(1);
                        decidedCount = rows.getLong(2);
                        within = rows.getLong(3);
                        implicit = rows.getLong(4);
                    }
                }
                TreeMap<Integer, Long> days = histogram(connection, "processing_days", decided, teleservice, from, to);
                TreeMap<Integer, Long> businessDays =
                        histogram(connection, "processing_business_days", decided, teleservice, from, to);
                List<LateDemande> late = new ArrayList<>();
                try (PreparedStatement select =
                        connection.prepareStatement("SELECT id, reference, state, deadline, late"
                                + period + " AND state IN ('DEPOSEE', 'EN_INSTRUCTION', 'INCOMPLETE') AND deadline < ?"
                                + " ORDER BY deadline, id")) {
                    select.setMaxRows(MAX_LIST);
                    bindPeriod(select, teleservice, from, to);
                    select.setObject(4, asOf);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            late.add(new LateDemande(
                                    new DemandeId(rows.getObject(1, UUID.class)),
                                    DemandeReference.parse(rows.getString(2)),
                                    DemandeState.valueOf(rows.getString(3)),
                                    rows.getObject(4, LocalDate.class),
                                    rows.getBoolean(5)));
                        }
                    }
                }
                return new ServiceLevel(
                        teleservice,
                        from,
                        to,
                        asOf,
                        received,
                        decidedCount,
                        within,
                        implicit,
                        days,
                        businessDays,
                        late);
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("compute the service level of teleservice " + teleservice, e);
        }
    }

    private static TreeMap<Integer, Long> histogram(
            Connection connection, String column, String from, String teleservice, LocalDate start, LocalDate end)
            throws SQLException {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + column + ", COUNT(*)" + from + " GROUP BY " + column)) {
            bindPeriod(select, teleservice, start, end);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    histogram.put(rows.getInt(1), rows.getLong(2));
                }
            }
        }
        return histogram;
    }

    private static void bindPeriod(PreparedStatement statement, String teleservice, LocalDate from, LocalDate to)
            throws SQLException {
        statement.setString(1, teleservice);
        statement.setObject(2, from);
        statement.setObject(3, to);
    }

    private String write(Demande demande) {
        try {
            return mapper.writeValueAsString(demande);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("demande " + demande.id() + " cannot be written", e);
        }
    }

    private Demande read(DemandeId id, String document) {
        Demande demande;
        try {
            demande = mapper.readValue(document, Demande.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new UnreadableDocumentException(AGGREGATE_TYPE, id.toString(), e);
        }
        if (!demande.id().equals(id)) {
            throw new UnreadableDocumentException(
                    AGGREGATE_TYPE, id.toString(), new IllegalStateException("the document holds another demande"));
        }
        return demande;
    }

    @Override
    public String toString() {
        return "JdbcDemandeStore";
    }
}
