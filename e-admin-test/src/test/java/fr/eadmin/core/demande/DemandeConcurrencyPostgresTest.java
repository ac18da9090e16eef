package fr.eadmin.core.demande;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.jdbc.JdbcDemandeStore;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.jdbc.JdbcOutbox;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import fr.eadmin.test.contract.DemandeSamples;
import fr.eadmin.test.db.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several threads (as several portal nodes would) transition the same demandes on PostgreSQL, then several
 * sweep their expired delays at once: no update is lost, the journal verifies with one entry per step, and every
 * notifying step is notified exactly once.
 */
class DemandeConcurrencyPostgresTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    static final int DEMANDES = 12;
    static final int THREADS = 8;
    static final int OPERATIONS = 40;
    static final Set<DemandeAction> NOTIFYING = EnumSet.of(
            DemandeAction.DEPOSIT,
            DemandeAction.REQUEST_PIECES,
            DemandeAction.ACCEPT,
            DemandeAction.IMPLICIT_ACCEPTANCE,
            DemandeAction.REFUSE,
            DemandeAction.IMPLICIT_REJECTION,
            DemandeAction.CLASSER_SANS_SUITE);

    @Test
    void concurrentAgentsAndSweepersLoseNothingAndNotifyOnce() throws Exception {
        Clock clock = Clock.systemUTC();
        JdbcJournal journal = JdbcJournal.create(db.dataSource());
        JdbcOutbox outbox = JdbcOutbox.create(db.dataSource(), clock);
        JdbcDemandeStore store = JdbcDemandeStore.create(db.dataSource(), journal, outbox, clock);
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofCalendarDays(15), SilenceRule.REJET);
        DemandeService service = DemandeService.create(
                TeleserviceCatalogue.of(List.of(teleservice)),
                store,
                DemandeNotifications.french(
                        usager -> List.of(Recipient.email(Email.parse("usager@example.fr"))),
                        d -> "https://suivi.example"),
                clock);
        List<DemandeId> ids = new ArrayList<>();
        for (int i = 0; i < DEMANDES; i++) {
            UsagerId usager = UsagerId.random();
            DemandeId id = service.createDraft(new DraftRequest(
                            teleservice.code(),
                            usager,
                            usager,
                            UsagerKind.INDIVIDU,
                            Actor.usager(usager),
                            Channel.INTERNET,
                            Map.of(),
                            List.of()))
                    .value()
                    .id();
            service.deposit(id, Actor.usager(usager), Channel.INTERNET);
            ids.add(id);
        }

        List<Callable<Integer>> agents = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t);
            Actor agent = Actor.agent("mairie-maurepas", "agent-" + t);
            agents.add(() -> {
                int done = 0;
                for (int n = 0; n < OPERATIONS; n++) {
                    DemandeId id = ids.get(random.nextInt(ids.size()));
                    try {
                        switch (random.nextInt(7)) {
                            case 0 -> service.startInstruction(id, agent, Channel.GUICHET);
                            case 1 ->
                                service.requestPieces(
                                        id,
                                        agent,
                                        Channel.GUICHET,
                                        List.of(PieceType.RIB),
                                        Demande.day(clock.instant()).plusDays(10),
                                        "RIB");
                            case 2 -> service.receivePieces(id, agent, Channel.COURRIER, List.of());
                            case 3 -> service.accept(id, agent, Channel.GUICHET, null);
                            case 4 -> service.refuse(id, agent, Channel.GUICHET, "non conforme");
                            case 5 -> service.reopen(id, agent, Channel.GUICHET, "recours gracieux");
                            default -> service.classerSansSuite(id, agent, Channel.GUICHET, "doublon");
                        }
                        done++;
                    } catch (ConcurrentUpdateException | InvalidTransitionException e) {
                        // another agent got there first, or the demande is no longer in a state for this action
                    }
                }
                return done;
            });
        }
        int succeeded = runTogether(agents).stream().mapToInt(Integer::intValue).sum();
        assertThat(succeeded).isPositive();

        Instant nextYear = clock.instant().plus(400, ChronoUnit.DAYS);
        List<Callable<List<AutomaticDecision>>> sweepers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            sweepers.add(() -> service.applyExpiredDeadlines(nextYear));
        }
        List<AutomaticDecision> automatic = new ArrayList<>();
        runTogether(sweepers).forEach(automatic::addAll);

        int steps = 0;
        for (DemandeId id : ids) {
            Versioned<Demande> stored = store.find(id).orElseThrow();
            Demande demande = stored.value();
            steps += demande.history().size();
            assertThat(stored.version())
                    .as("one version per step of %s", id)
                    .isEqualTo(demande.history().size());
            assertThat(journal.about("demande", id.toString()))
                    .hasSize(demande.history().size());
            long notifying = demande.history().stream()
                    .filter(s -> NOTIFYING.contains(s.action()))
                    .count();
            assertThat(outboxRows(id)).as("notifications of %s", id).isEqualTo(notifying);
            long automaticSteps = demande.history().stream()
                    .filter(s -> s.actor().kind() == Actor.Kind.SYSTEM)
                    .count();
            assertThat(automaticSteps).isLessThanOrEqualTo(1);
            assertThat(demande.state().isPending()
                            && demande.delay().running()
                            && !demande.delay().late())
                    .as("%s still due after the sweep", id)
                    .isFalse();
        }
        assertThat(steps).isEqualTo(DEMANDES * 2 + succeeded + automatic.size());
        assertThat(new HashSet<>(
                        automatic.stream().map(AutomaticDecision::demande).toList()))
                .hasSize(automatic.size());
        assertThat(journal.verify().isValid()).isTrue();
        assertThat(service.applyExpiredDeadlines(nextYear)).isEmpty();
    }

    static long outboxRows(DemandeId id) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT COUNT(*) FROM eadmin_outbox WHERE demande_id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
