package fr.eadmin.core.jdbc;

import static fr.eadmin.core.journal.JournalVerification.Problem.CHAIN_BROKEN;
import static fr.eadmin.core.journal.JournalVerification.Problem.ENTRY_MODIFIED;
import static fr.eadmin.core.journal.JournalVerification.Problem.HEAD_MISMATCH;
import static fr.eadmin.core.journal.JournalVerification.Problem.POSITION_DUPLICATE;
import static fr.eadmin.core.journal.JournalVerification.Problem.POSITION_GAP;
import static fr.eadmin.core.journal.JournalVerification.Problem.SEAL_INVALID;
import static fr.eadmin.core.journal.JournalVerification.Problem.SEAL_MISMATCH;
import static fr.eadmin.core.journal.JournalVerification.Problem.TRUNCATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.journal.JournalHash;
import fr.eadmin.core.journal.JournalVerification;
import fr.eadmin.core.journal.JournalVerification.Problem;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.core.spi.Timestamper;
import fr.eadmin.test.contract.JournalContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The journal contract and what is particular to the JDBC journal: appends in the caller's transaction, and
 * tampering with the tables by SQL, which {@code verify()} must report at the right position. Run on H2 and
 * on PostgreSQL. Verification reads pages of 4 entries, so that paging is exercised.
 */
abstract class JdbcJournalTestCases extends JournalContract {
    /** @return the data source of the test class's database, with core's schema applied */
    abstract DataSource dataSource();

    @Override
    protected Journal newJournal() throws SQLException {
        execute("DELETE FROM eadmin_journal");
        execute("DELETE FROM eadmin_journal_seal");
        execute("DELETE FROM eadmin_journal_head");
        execute("INSERT INTO eadmin_journal_head (id, position, hash) VALUES (1, 0, '" + JournalHash.GENESIS + "')");
        return jdbcJournal();
    }

    private JdbcJournal jdbcJournal() {
        return JdbcJournal.create(dataSource()).withPageSize(4);
    }

    // Appending in the caller's transaction

    @Test
    void appendsWithinTheCallersTransactionAndRollsBackWithIt() throws SQLException {
        journal().append(event(1, "d-1"));
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            List<JournalEntry> rolledBack = jdbcJournal().append(connection, List.of(event(2, "d-2")));
            assertThat(rolledBack).extracting(JournalEntry::position).containsExactly(2L);
            connection.rollback();

            List<JournalEntry> kept = jdbcJournal().append(connection, List.of(event(3, "d-3"), event(4, "d-3")));
            assertThat(journal().head()).map(JournalEntry::position).contains(1L); // not committed yet
            connection.commit();

            assertThat(kept).extracting(JournalEntry::position).containsExactly(2L, 3L);
        }
        assertThat(journal().read(1, 10)).extracting(e -> e.event().subjectId()).containsExactly("d-1", "d-3", "d-3");
        assertThat(journal().about("demande", "d-2")).isEmpty();
        assertThat(journal().verify()).isEqualTo(JournalVerification.valid(3, 0));
    }

    @Test
    void appendsSeveralTimesInOneTransaction() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            JdbcJournal journal = jdbcJournal();
            JournalEntry first =
                    journal.append(connection, List.of(event(1, "d-1"))).get(0);
            JournalEntry second =
                    journal.append(connection, List.of(event(2, "d-1"))).get(0);
            connection.commit();

            assertThat(second.position()).isEqualTo(2);
            assertThat(second.previousHash()).isEqualTo(first.hash());
        }
        assertThat(journal().verify().isValid()).isTrue();
    }

    @Test
    void appendsNothingInTheCallersTransactionForNoEvents() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            assertThat(jdbcJournal().append(connection, List.of())).isEmpty();
        }
    }

    @Test
    void refusesAConnectionInAutoCommitMode() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(true);

            assertThatThrownBy(() -> jdbcJournal().append(connection, List.of(event(1, "d-1"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("auto-commit");
        }
        assertThat(journal().head()).isEmpty();
    }

    @Test
    void keepsPositionsGaplessWhenCallersAppendInTheirOwnTransactions() throws Exception {
        List<Callable<Integer>> callers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String demande = "d-" + t;
            callers.add(() -> {
                int appended = 0;
                for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                    try (Connection connection = dataSource().getConnection()) {
                        connection.setAutoCommit(false);
                        jdbcJournal().append(connection, List.of(event(i, demande)));
                        if (i % 4 == 3) {
                            connection.rollback(); // the position is given again to the next append
                        } else {
                            connection.commit();
                            appended++;
                        }
                    }
                }
                return appended;
            });
        }

        int total =
                runConcurrently(callers).stream().mapToInt(Integer::intValue).sum();

        assertThat(total).isEqualTo(THREADS * (APPENDS_PER_THREAD - APPENDS_PER_THREAD / 4));
        List<Long> positions = new ArrayList<>();
        for (long from = 1; from <= total; from += 50) {
            journal().read(from, 50).forEach(entry -> positions.add(entry.position()));
        }
        assertThat(positions)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(journal().verify()).isEqualTo(JournalVerification.valid(total, 0));
    }

    @Test
    void storesEachEntryInReadableColumns() throws SQLException {
        JournalEntry entry = journal()
                .append(new JournalEvent(
                        T0.plusNanos(123_456_000),
                        Actor.agent("mairie-maurepas", "a-1042"),
                        "usager.consulte",
                        "usager",
                        "0192f0c4-1b2c-7d3e-8f40-123456789abc",
                        Map.of("motif", "instruction", "demande", "d-7")));

        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT occurred_at, actor, action,"
                        + " subject_type, subject_id, details, previous_hash, hash FROM eadmin_journal"
                        + " WHERE position = 1");
                ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            assertThat(row.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo(T0.plusNanos(123_456_000));
            assertThat(row.getString(2)).isEqualTo("agent:mairie-maurepas/a-1042");
            assertThat(row.getString(3)).isEqualTo("usager.consulte");
            assertThat(row.getString(4)).isEqualTo("usager");
            assertThat(row.getString(5)).isEqualTo("0192f0c4-1b2c-7d3e-8f40-123456789abc");
            assertThat(row.getString(6)).isEqualTo("{\"demande\":\"d-7\",\"motif\":\"instruction\"}");
            assertThat(row.getString(7)).isEqualTo(JournalHash.GENESIS.hex());
            assertThat(row.getString(8)).isEqualTo(entry.hash().hex());
        }
        assertThat(query("SELECT position, hash FROM eadmin_journal_head")).containsExactly("1 " + entry.hash());
    }

    @Test
    void reportsADatabaseFailureByOperationAndSqlState() {
        JdbcJournal journal = JdbcJournal.create(DriverManagerDataSource.of("jdbc:h2:mem:"));

        assertThatThrownBy(() -> journal.append(event(1, "d-1")))
                .isInstanceOfSatisfying(DatabaseAccessException.class, e -> assertThat(e.operation())
                        .isEqualTo("append to the journal"));
        assertThatThrownBy(journal::verify)
                .isInstanceOfSatisfying(DatabaseAccessException.class, e -> assertThat(e.operation())
                        .isEqualTo("verify the journal"));
    }

    @Test
    void refusesAPageSizeOutOfRange() {
        assertThatThrownBy(() -> JdbcJournal.create(dataSource()).withPageSize(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcJournal.create(dataSource()).withPageSize(Journal.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // Tampering with the tables

    @Test
    void findsAChangedDetail() throws SQLException {
        journal().append(events(10));

        execute("UPDATE eadmin_journal SET details = '{\"seq\":\"6\",\"statut\":\"REJETEE\"}' WHERE position = 6");

        assertFirstProblem(6, ENTRY_MODIFIED);
    }

    @Test
    void findsADetailAdded() throws SQLException {
        journal().append(events(10));

        execute("UPDATE eadmin_journal SET details = '{\"seq\":\"3\",\"statut\":\"EN_INSTRUCTION\",\"x\":\"1\"}'"
                + " WHERE position = 3");

        assertFirstProblem(3, ENTRY_MODIFIED);
    }

    @Test
    void findsAChangedActor() throws SQLException {
        journal().append(events(10));

        execute("UPDATE eadmin_journal SET actor = 'agent:mairie-maurepas/a-999' WHERE position = 1");

        assertFirstProblem(1, ENTRY_MODIFIED);
    }

    @Test
    void findsAChangedTimeEvenByOneMicrosecond() throws SQLException {
        journal().append(events(10));

        try (Connection connection = dataSource().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE eadmin_journal SET occurred_at = ? WHERE position = 10")) {
            update.setObject(1, OffsetDateTime.ofInstant(T0.plusSeconds(10).plusNanos(1000), ZoneOffset.UTC));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        assertFirstProblem(10, ENTRY_MODIFIED);
    }

    @Test
    void findsAChangedActionSubjectOrHash() throws SQLException {
        journal().append(events(10));
        execute("UPDATE eadmin_journal SET action = 'demande.rejetee' WHERE position = 7");
        assertFirstProblem(7, ENTRY_MODIFIED);

        newJournal();
        journal().append(events(10));
        execute("UPDATE eadmin_journal SET subject_id = 'd-2' WHERE position = 2");
        assertFirstProblem(2, ENTRY_MODIFIED);

        newJournal();
        journal().append(events(10));
        execute("UPDATE eadmin_journal SET previous_hash = '" + "ab".repeat(32) + "' WHERE position = 4");
        assertFirstProblem(4, ENTRY_MODIFIED);
    }

    @Test
    void findsAnUnreadableRowWithoutThrowing() throws SQLException {
        journal().append(events(10));

        execute("UPDATE eadmin_journal SET actor = 'nobody', hash = 'not a hash' WHERE position = 5");

        assertFirstProblem(5, ENTRY_MODIFIED);
        assertThatThrownBy(() -> journal().read(1, 10))
                .isInstanceOfSatisfying(UnreadableJournalRowException.class, e -> {
                    assertThat(e.position()).isEqualTo(5);
                    assertThat(e.row()).isEqualTo("entry");
                    assertThat(e.getMessage()).doesNotContain("nobody");
                });
    }

    @Test
    void reportsTheFirstOfSeveralChanges() throws SQLException {
        journal().append(events(10));

        execute("UPDATE eadmin_journal SET action = 'demande.rejetee' WHERE position IN (3, 8)");
        execute("DELETE FROM eadmin_journal WHERE position = 9");

        assertFirstProblem(3, ENTRY_MODIFIED);
    }

    @Test
    void findsADeletedRowAsAGap() throws SQLException {
        journal().append(events(10));

        execute("DELETE FROM eadmin_journal WHERE position = 5");

        assertFirstProblem(5, POSITION_GAP);
    }

    @Test
    void findsADeletedRowWhoseFollowersWereRenumbered() throws SQLException {
        journal().append(events(10));

        execute("DELETE FROM eadmin_journal WHERE position = 5");
        execute("UPDATE eadmin_journal SET position = -position WHERE position > 5");
        execute("UPDATE eadmin_journal SET position = -position - 1 WHERE position < 0");
        execute("UPDATE eadmin_journal_head SET position = 9");

        assertFirstProblem(5, CHAIN_BROKEN);
    }

    @Test
    void findsEntriesRemovedFromTheEnd() throws SQLException {
        journal().append(events(10));

        execute("DELETE FROM eadmin_journal WHERE position > 7");

        assertFirstProblem(8, TRUNCATED);
    }

    @Test
    void findsEntriesRemovedFromTheEndBeforeASeal() throws SQLException {
        journal().append(events(10));
        journal().seal(timestamper());

        execute("DELETE FROM eadmin_journal WHERE position > 7");
        execute(
                "UPDATE eadmin_journal_head SET position = 7, hash = (SELECT hash FROM eadmin_journal WHERE position = 7)");

        assertFirstProblem(8, TRUNCATED);
    }

    @Test
    void findsAForgedRowInsertedWithACorrectlyComputedHash() throws SQLException {
        List<JournalEntry> entries = journal().append(events(10));
        JournalEntry forged =
                JournalEntry.chain(5, forgedEvent(), entries.get(3).hash());

        shiftFrom(5);
        insert(forged);

        assertFirstProblem(6, CHAIN_BROKEN);
    }

    @Test
    void findsAForgedRowInsertedWithAnyHash() throws SQLException {
        journal().append(events(10));
        JournalEntry forged = new JournalEntry(5, forgedEvent(), JournalHash.GENESIS, JournalHash.GENESIS);

        shiftFrom(5);
        insert(forged);

        assertFirstProblem(5, ENTRY_MODIFIED);
    }

    @Test
    void findsAForgedRowAppendedBehindTheJournalsBack() throws SQLException {
        List<JournalEntry> entries = journal().append(events(10));

        insert(entries.get(9).next(forgedEvent()));

        assertFirstProblem(11, HEAD_MISMATCH);
    }

    @Test
    void findsAForgedRowAtPositionZero() throws SQLException {
        journal().append(events(3));

        insert(new JournalEntry(100, forgedEvent(), JournalHash.GENESIS, JournalHash.GENESIS));
        execute("UPDATE eadmin_journal SET position = 0 WHERE position = 100");

        assertFirstProblem(0, POSITION_DUPLICATE);
    }

    @Test
    void findsTheLastEntryRewrittenWithARecomputedHash() throws SQLException {
        List<JournalEntry> entries = journal().append(events(10));
        JournalEntry rewritten =
                JournalEntry.chain(10, forgedEvent(), entries.get(8).hash());

        execute("DELETE FROM eadmin_journal WHERE position = 10");
        insert(rewritten);

        assertFirstProblem(10, HEAD_MISMATCH);
    }

    @Test
    void findsTwoRowsWhoseContentsWereSwapped() throws SQLException {
        journal().append(events(10));

        execute("UPDATE eadmin_journal SET position = -1 WHERE position = 3");
        execute("UPDATE eadmin_journal SET position = 3 WHERE position = 7");
        execute("UPDATE eadmin_journal SET position = 7 WHERE position = -1");

        assertFirstProblem(3, CHAIN_BROKEN);
    }

    @Test
    void findsTwoNeighboursSwapped() throws SQLException {
        journal().append(events(10));

        execute("UPDATE eadmin_journal SET position = -1 WHERE position = 9");
        execute("UPDATE eadmin_journal SET position = 9 WHERE position = 10");
        execute("UPDATE eadmin_journal SET position = 10 WHERE position = -1");

        assertFirstProblem(9, CHAIN_BROKEN);
    }

    @Test
    void findsTwoRowsWhoseEventsWereSwappedButNotTheirHashes() throws SQLException {
        journal().append(events(10));

        execute("UPDATE eadmin_journal SET actor = 'agent:mairie-maurepas/a-6',"
                + " details = '{\"seq\":\"6\",\"statut\":\"EN_INSTRUCTION\"}' WHERE position = 2");
        execute("UPDATE eadmin_journal SET actor = 'agent:mairie-maurepas/a-2',"
                + " details = '{\"seq\":\"2\",\"statut\":\"EN_INSTRUCTION\"}' WHERE position = 6");

        assertFirstProblem(2, ENTRY_MODIFIED);
    }

    @Test
    void findsASealWhoseTokenWasReplaced() throws SQLException {
        Timestamper timestamper = timestamper();
        journal().append(events(6));
        journal().seal(timestamper);
        journal().append(events(3));
        journal().seal(timestamper);

        try (Connection connection = dataSource().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE eadmin_journal_seal SET token = ? WHERE position = 6")) {
            byte[] token = journal().seals().get(0).token().encoded();
            token[token.length - 1] ^= 1;
            update.setBytes(1, token);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        assertThat(journal().verify(timestamper).failure()).isEqualTo(new JournalVerification.Failure(6, SEAL_INVALID));
        assertThat(journal().verify()).isEqualTo(JournalVerification.valid(9, 2));
    }

    @Test
    void findsASealWhoseTimeWasChanged() throws SQLException {
        Timestamper timestamper = timestamper();
        journal().append(events(6));
        journal().seal(timestamper);

        execute("UPDATE eadmin_journal_seal SET token_time = '2026-03-14T08:00:00Z'");

        assertThat(journal().verify(timestamper).failure()).isEqualTo(new JournalVerification.Failure(6, SEAL_INVALID));
    }

    @Test
    void findsAnUnreadableSeal() throws SQLException {
        Timestamper timestamper = timestamper();
        journal().append(events(6));
        journal().seal(timestamper);

        execute("UPDATE eadmin_journal_seal SET token_time = 'yesterday'");

        assertFirstProblem(6, SEAL_INVALID);
        assertThatThrownBy(() -> journal().seals()).isInstanceOf(UnreadableJournalRowException.class);
    }

    @Test
    void findsASealOfAnotherHash() throws SQLException {
        Timestamper timestamper = timestamper();
        journal().append(events(6));
        journal().seal(timestamper);

        execute("UPDATE eadmin_journal_seal SET hash = '" + "cd".repeat(32) + "'");

        assertFirstProblem(6, SEAL_MISMATCH);
    }

    @Test
    void findsAChainRewrittenAfterItWasSealed() throws SQLException {
        Timestamper timestamper = timestamper();
        List<JournalEntry> entries = journal().append(events(6));
        journal().seal(timestamper);
        // Rewrite entries 5 and 6 with recomputed hashes, and the head with them: only the seal shows it.
        JournalEntry five = JournalEntry.chain(5, forgedEvent(), entries.get(3).hash());
        JournalEntry six = five.next(entries.get(5).event());
        execute("DELETE FROM eadmin_journal WHERE position >= 5");
        insert(five);
        insert(six);
        execute("UPDATE eadmin_journal_head SET hash = '" + six.hash() + "'");

        assertFirstProblem(6, SEAL_MISMATCH);
    }

    @Test
    void findsAMissingHeadRecord() throws SQLException {
        journal().append(events(3));

        execute("DELETE FROM eadmin_journal_head");

        assertFirstProblem(0, HEAD_MISMATCH);
        assertThatThrownBy(() -> journal().append(event(4, "d-1"))).isInstanceOf(DatabaseAccessException.class);
    }

    private void assertFirstProblem(long position, Problem problem) {
        JournalVerification outcome = journal().verify();
        assertThat(outcome.isValid()).isFalse();
        assertThat(outcome.failure()).isEqualTo(new JournalVerification.Failure(position, problem));
    }

    private static JournalEvent forgedEvent() {
        return new JournalEvent(
                T0.plusSeconds(5), Actor.system("forger"), "demande.acceptee", "demande", "d-1", Map.of());
    }

    /** Moves the rows at {@code position} and above one position up. */
    private void shiftFrom(long position) throws SQLException {
        execute("UPDATE eadmin_journal SET position = -position WHERE position >= " + position);
        execute("UPDATE eadmin_journal SET position = -position + 1 WHERE position < 0");
        execute("UPDATE eadmin_journal_head SET position = position + 1");
    }

    /** Inserts a row the way the JDBC journal writes one. */
    private void insert(JournalEntry entry) throws SQLException {
        JournalEvent event = entry.event();
        StringBuilder details = new StringBuilder("{");
        event.details().forEach((key, value) -> details.append(details.length() > 1 ? "," : "")
                .append('"')
                .append(key)
                .append("\":\"")
                .append(value)
                .append('"'));
        details.append('}');
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_journal (position,"
                        + " occurred_at, actor, action, subject_type, subject_id, details, previous_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.position());
            insert.setObject(2, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
            insert.setString(3, event.actor().reference());
            insert.setString(4, event.action());
            insert.setString(5, event.subjectType());
            insert.setString(6, event.subjectId());
            insert.setString(7, details.toString());
            insert.setString(8, entry.previousHash().hex());
            insert.setString(9, entry.hash().hex());
            insert.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
