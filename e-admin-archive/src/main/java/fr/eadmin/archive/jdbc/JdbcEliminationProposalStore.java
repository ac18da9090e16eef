package fr.eadmin.archive.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.archive.elimination.EliminationProposal;
import fr.eadmin.archive.elimination.EliminationProposalId;
import fr.eadmin.archive.elimination.ProposalStatus;
import fr.eadmin.archive.spi.EliminationProposalStore;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.jdbc.DatabaseAccessException;
import fr.eadmin.core.jdbc.Transactions;
import fr.eadmin.core.jdbc.UnreadableDocumentException;
import fr.eadmin.core.json.EAdminJson;
import fr.eadmin.core.spi.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The JDBC store of elimination proposals, on H2 and PostgreSQL: one row per proposal holding its JSON
 * document, with a version column for optimistic locking. Tables come from {@link ArchiveSchema}.
 * Thread-safe.
 */
public final class JdbcEliminationProposalStore implements EliminationProposalStore {
    private static final String AGGREGATE = "elimination-proposal";
    private static final ObjectMapper JSON = EAdminJson.newObjectMapper();

    private final DataSource dataSource;
    private final Clock clock;

    private JdbcEliminationProposalStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * A store over a data source.
     *
     * @param dataSource the database, with the archive module's tables
     * @param clock the clock stamping the rows
     * @return the store
     */
    public static JdbcEliminationProposalStore create(DataSource dataSource, Clock clock) {
        return new JdbcEliminationProposalStore(
                Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public Versioned<EliminationProposal> create(EliminationProposal proposal) {
        Objects.requireNonNull(proposal, "proposal");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_elimination_proposal"
                        + " (id, rule_code, status, version, document, proposed_at, updated_at)"
                        + " VALUES (?, ?, ?, 1, ?, ?, ?)")) {
            insert.setObject(1, proposal.id().value());
            insert.setString(2, proposal.rule());
            insert.setString(3, proposal.status().name());
            insert.setString(4, write(proposal));
            insert.setObject(5, proposal.proposedAt().atOffset(ZoneOffset.UTC));
            insert.setObject(6, OffsetDateTime.now(clock));
            insert.executeUpdate();
            return new Versioned<>(proposal, 1);
        } catch (SQLException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw new DuplicateKeyException(AGGREGATE, proposal.id().toString());
            }
            throw new DatabaseAccessException("create elimination proposal " + proposal.id(), e);
        }
    }

    @Override
    public Optional<Versioned<EliminationProposal>> find(EliminationProposalId id) {
        Objects.requireNonNull(id, "id");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, version, document FROM eadmin_elimination_proposal WHERE id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException("find elimination proposal " + id, e);
        }
    }

    @Override
    public Versioned<EliminationProposal> update(EliminationProposal proposal, long expectedVersion) {
        Objects.requireNonNull(proposal, "proposal");
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_elimination_proposal"
                    + " SET version = version + 1, status = ?, rule_code = ?, document = ?, updated_at = ?"
                    + " WHERE id = ? AND version = ?")) {
                update.setString(1, proposal.status().name());
                update.setString(2, proposal.rule());
                update.setString(3, write(proposal));
                update.setObject(4, OffsetDateTime.now(clock));
                update.setObject(5, proposal.id().value());
                update.setLong(6, expectedVersion);
                if (update.executeUpdate() == 1) {
                    return new Versioned<>(proposal, expectedVersion + 1);
                }
            }
            try (PreparedStatement exists =
                    connection.prepareStatement("SELECT 1 FROM eadmin_elimination_proposal WHERE id = ?")) {
                exists.setObject(1, proposal.id().value());
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        throw new NotFoundException(AGGREGATE, proposal.id().toString());
                    }
                }
            }
            throw new ConcurrentUpdateException(AGGREGATE, proposal.id().toString(), expectedVersion);
        } catch (SQLException e) {
            throw new DatabaseAccessException("update elimination proposal " + proposal.id(), e);
        }
    }

    @Override
    public List<Versioned<EliminationProposal>> findByStatus(ProposalStatus status) {
        Objects.requireNonNull(status, "status");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, version, document"
                        + " FROM eadmin_elimination_proposal WHERE status = ? ORDER BY proposed_at, id")) {
            select.setString(1, status.name());
            List<Versioned<EliminationProposal>> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new DatabaseAccessException("find elimination proposals by status", e);
        }
    }

    private static String write(EliminationProposal proposal) {
        try {
            return JSON.writeValueAsString(proposal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an elimination proposal is always writable as JSON", e);
        }
    }

    private static Versioned<EliminationProposal> read(ResultSet rows) throws SQLException {
        String id = rows.getString("id");
        try {
            return new Versioned<>(
                    JSON.readValue(rows.getString("document"), EliminationProposal.class), rows.getLong("version"));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableDocumentException(AGGREGATE, id, e);
        }
    }
}
