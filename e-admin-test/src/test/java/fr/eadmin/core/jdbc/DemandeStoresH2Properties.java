package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.BusinessCalendar;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeChange;
import fr.eadmin.core.demande.ServiceLevel;
import fr.eadmin.core.memory.InMemoryDemandeStore;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.memory.InMemoryOutbox;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.test.contract.DemandeSamples;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The JDBC demande store computes in SQL the same service level as the in-memory store computes by walking its
 * demandes, for any set of demandes received, waiting for pièces, decided or pending (H2), and gives every
 * demande back unchanged.
 */
class DemandeStoresH2Properties {
    private static final BusinessCalendar CALENDAR = BusinessCalendar.forDepartement("78");
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static DataSource dataSource = DriverManagerDataSource.of("jdbc:h2:mem:unused");

    @BeforeContainer
    static void createDatabase() {
        dataSource = DriverManagerDataSource.of("jdbc:h2:mem:demandes_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaInitializer.core().migrate(dataSource);
    }

    @AfterContainer
    static void dropDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    /** How one demande goes: received after some days, waits or not, decided after some days or never. */
    record Life(int receivedAfter, int waitStart, int waitLength, int decidedAfter, int decision) {}

    @Provide
    Arbitrary<List<Life>> lives() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(-1, 10),
                        Arbitraries.integers().between(0, 15),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 3))
                .as(Life::new)
                .list()
                .ofMaxSize(30);
    }

    @Property(tries = 40)
    void sqlAndMemoryAgreeOnTheServiceLevel(@ForAll("lives") List<Life> lives, @ForAll SilenceRule rule) {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofBusinessDays(10), rule);
        DemandeStore jdbc = JdbcDemandeStore.create(
                dataSource,
                JdbcJournal.create(dataSource),
                JdbcOutbox.create(dataSource, Clock.systemUTC()),
                Clock.systemUTC());
        DemandeStore memory =
                InMemoryDemandeStore.create(InMemoryJournal.create(), InMemoryOutbox.create(Clock.systemUTC()));
        List<Demande> demandes = new ArrayList<>();
        for (Life life : lives) {
            demandes.add(live(teleservice, life, jdbc));
        }
        for (Demande demande : demandes) {
            jdbc.save(new DemandeChange(demande, 0, List.of(), List.of()));
            memory.save(new DemandeChange(demande, 0, List.of(), List.of()));
            assertThat(jdbc.find(demande.id()).orElseThrow().value()).isEqualTo(demande);
        }

        LocalDate from = START.plusDays(5);
        LocalDate to = START.plusDays(30);
        LocalDate asOf = START.plusDays(45);
        ServiceLevel inSql = jdbc.serviceLevel(teleservice.code(), from, to, asOf);
        ServiceLevel inMemory = memory.serviceLevel(teleservice.code(), from, to, asOf);

        assertThat(inSql).isEqualTo(inMemory);
        assertThat(inSql.percentileDays(50)).isEqualTo(nearestRank(inSql, 50));
    }

    private static int nearestRank(ServiceLevel level, int percent) {
        List<Integer> sorted = new ArrayList<>();
        level.days().forEach((days, count) -> {
            for (long i = 0; i < count; i++) {
                sorted.add(days);
            }
        });
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static Demande live(Teleservice teleservice, Life life, DemandeStore store) {
        LocalDate received = START.plusDays(life.receivedAfter());
        Demande demande = DemandeSamples.deposited(teleservice, store.allocateReference(2026), received);
        if (life.waitStart() >= 0) {
            LocalDate asked = received.plusDays(life.waitStart());
            demande = demande.requestPieces(
                    DemandeSamples.AGENT,
                    Channel.GUICHET,
                    DemandeSamples.at(asked),
                    List.of(),
                    asked.plusDays(20),
                    "compléments",
                    CALENDAR);
            if (life.waitLength() > 0) {
                demande = demande.receivePieces(
                        DemandeSamples.AGENT,
                        Channel.COURRIER,
                        DemandeSamples.at(asked.plusDays(life.waitLength())),
                        List.of(),
                        CALENDAR);
            }
        }
        LocalDate last = demande.lastStep().at().atZone(Demande.ZONE).toLocalDate();
        LocalDate decided = last.plusDays(life.decidedAfter());
        return switch (life.decision()) {
            case 0 -> demande;
            case 1 ->
                demande.classerSansSuite(
                        DemandeSamples.AGENT, Channel.GUICHET, DemandeSamples.at(decided), "x", CALENDAR);
            case 2 ->
                (demande.state() == fr.eadmin.core.demande.DemandeState.DEPOSEE
                                ? demande.startInstruction(
                                        DemandeSamples.AGENT, Channel.GUICHET, DemandeSamples.at(decided))
                                : demande)
                        .refuse(DemandeSamples.AGENT, Channel.GUICHET, DemandeSamples.at(decided), "x", CALENDAR);
            default ->
                demande.state() == fr.eadmin.core.demande.DemandeState.INCOMPLETE
                        ? demande
                        : demande.startInstruction(DemandeSamples.AGENT, Channel.GUICHET, DemandeSamples.at(decided))
                                .accept(
                                        DemandeSamples.AGENT,
                                        Channel.GUICHET,
                                        DemandeSamples.at(decided),
                                        null,
                                        CALENDAR);
        };
    }
}
