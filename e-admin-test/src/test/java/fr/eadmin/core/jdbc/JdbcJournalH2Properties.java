package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.journal.JournalVerification;
import fr.eadmin.test.arbitraries.JournalArbitraries;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any events come back from the JDBC journal exactly as appended, and the journal keeps verifying (H2). */
class JdbcJournalH2Properties {
    private static DataSource dataSource = DriverManagerDataSource.of("jdbc:h2:mem:unused");

    @BeforeContainer
    static void createDatabase() {
        dataSource = DriverManagerDataSource.of("jdbc:h2:mem:journal_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaInitializer.core().migrate(dataSource);
    }

    @AfterContainer
    static void dropDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Provide
    Arbitrary<List<JournalEvent>> events() {
        return JournalArbitraries.events().list().ofMaxSize(12);
    }

    @Property(tries = 60)
    void givesBackAnyEventsUnchangedAndKeepsVerifying(@ForAll("events") List<JournalEvent> events) {
        JdbcJournal journal = JdbcJournal.create(dataSource).withPageSize(16);
        long before = journal.head().map(JournalEntry::position).orElse(0L);

        List<JournalEntry> appended = journal.append(events);

        assertThat(appended).extracting(JournalEntry::event).containsExactlyElementsOf(events);
        assertThat(journal.read(before + 1, Math.max(1, events.size()))).isEqualTo(appended);
        JournalVerification outcome = journal.verify();
        assertThat(outcome).isEqualTo(JournalVerification.valid(before + events.size(), 0));
    }
}
