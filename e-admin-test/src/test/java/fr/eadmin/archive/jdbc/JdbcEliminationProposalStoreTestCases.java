package fr.eadmin.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.archive.elimination.EliminationItem;
import fr.eadmin.archive.elimination.EliminationProposal;
import fr.eadmin.archive.elimination.EliminationProposalId;
import fr.eadmin.archive.spi.EliminationProposalStore;
import fr.eadmin.core.Actor;
import fr.eadmin.core.jdbc.UnreadableDocumentException;
import fr.eadmin.test.contract.EliminationProposalStoreContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The proposal store contract and what is particular to the JDBC store; run on H2 and on PostgreSQL. */
abstract class JdbcEliminationProposalStoreTestCases extends EliminationProposalStoreContract {
    static final Instant AT = Instant.parse("2036-04-01T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(AT, ZoneId.of("Europe/Paris"));

    /** @return the data source of the test class's database, with core's and archive's schemas applied */
    abstract DataSource dataSource();

    @Override
    protected EliminationProposalStore newStore() {
        return JdbcEliminationProposalStore.create(dataSource(), CLOCK);
    }

    private EliminationProposal stored() {
        EliminationProposal proposal = EliminationProposal.propose(
                EliminationProposalId.generate(CLOCK),
                "DUA-SCOLAIRE",
                List.of(new EliminationItem("demande", "d-1", "inscription-scolaire", LocalDate.of(2036, 3, 20))),
                AT,
                Actor.system("retention"));
        store().create(proposal);
        return proposal;
    }

    @Test
    void keepsTheStatusAndVersionInColumnsNextToTheDocument() throws SQLException {
        EliminationProposal proposal = stored();
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT status, version, rule_code, document FROM eadmin_elimination_proposal WHERE id = ?")) {
            select.setObject(1, proposal.id().value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("status")).isEqualTo("PROPOSED");
                assertThat(row.getLong("version")).isEqualTo(1);
                assertThat(row.getString("rule_code")).isEqualTo("DUA-SCOLAIRE");
                assertThat(row.getString("document")).contains("\"proposedBy\":\"system:retention\"");
            }
        }
    }

    @Test
    void reportsADamagedDocument() throws SQLException {
        EliminationProposal proposal = stored();
        try (Connection connection = dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE eadmin_elimination_proposal SET document = ? WHERE id = ?")) {
            update.setString(1, "{\"id\": 12}");
            update.setObject(2, proposal.id().value());
            update.executeUpdate();
        }
        assertThatThrownBy(() -> store().find(proposal.id())).isInstanceOf(UnreadableDocumentException.class);
    }
}
