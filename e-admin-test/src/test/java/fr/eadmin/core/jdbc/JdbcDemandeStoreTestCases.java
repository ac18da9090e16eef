package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeChange;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.test.contract.DemandeSamples;
import fr.eadmin.test.contract.DemandeStoreContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The demande store contract and what is particular to the JDBC store; run on H2 and on PostgreSQL. */
abstract class JdbcDemandeStoreTestCases extends DemandeStoreContract {
    /** @return the data source of the test class's database, with core's schema applied */
    abstract DataSource dataSource();

    @Override
    protected DemandeStore newStore() {
        return JdbcDemandeStore.create(dataSource(), journal(), outbox(), Clock.systemUTC());
    }

    @Override
    protected JdbcJournal journal() {
        return JdbcJournal.create(dataSource());
    }

    @Override
    protected JdbcOutbox outbox() {
        return JdbcOutbox.create(dataSource(), Clock.systemUTC());
    }

    @Test
    void reportsADocumentThatCannotBeRead() throws SQLException {
        Demande demande = DemandeSamples.deposited(
                DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION),
                store().allocateReference(2026),
                LocalDate.of(2026, 3, 2));
        store().save(new DemandeChange(demande, 0, List.of(), List.of()));
        try (Connection connection = dataSource().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE eadmin_demande SET document = '{}' WHERE id = ?")) {
            update.setObject(1, demande.id().value());
            update.executeUpdate();
        }

        assertThatThrownBy(() -> store().find(demande.id()))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.aggregateId())
                        .isEqualTo(demande.id().toString()));
    }
}
