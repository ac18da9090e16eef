package fr.eadmin.test.contract;

import static fr.eadmin.test.contract.DemandeSamples.AGENT;
import static fr.eadmin.test.contract.DemandeSamples.at;
import static fr.eadmin.test.contract.DemandeSamples.deposited;
import static fr.eadmin.test.contract.DemandeSamples.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Channel;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.calendar.BusinessCalendar;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeChange;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeReference;
import fr.eadmin.core.demande.DemandeState;
import fr.eadmin.core.demande.LateDemande;
import fr.eadmin.core.demande.ServiceLevel;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationChannel;
import fr.eadmin.core.notification.NotificationId;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.notification.RenderedMessage;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.core.spi.Outbox;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link fr.eadmin.core.spi.DemandeStore}: every implementation's test extends this class and
 * provides the store with the journal and outbox it writes to. Tests do not need an empty store: each uses fresh
 * demandes, usagers and téléservice codes, and the year 2000 + n for the references it checks.
 */
public abstract class DemandeStoreContract extends StoreContract<DemandeStore> {
    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    private static final AtomicInteger YEARS = new AtomicInteger();
    private static final BusinessCalendar CALENDAR = BusinessCalendar.forDepartement("78");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    /** For subclasses. */
    protected DemandeStoreContract() {}

    /**
     * The journal the store under test appends to.
     *
     * @return the journal
     */
    protected abstract Journal journal();

    /**
     * The outbox the store under test enqueues to.
     *
     * @return the outbox
     */
    protected abstract Outbox outbox();

    /**
     * A year no other test of this run allocates references in, for tests of the numbering. Implementations
     * whose store is shared by several test classes may override it.
     *
     * @return a year between 2000 and 9999
     */
    protected int freshYear() {
        return 3000 + YEARS.incrementAndGet() + (int) (System.nanoTime() % 5000 + 5000) % 5000;
    }

    private DemandeReference reference() {
        return store().allocateReference(2026);
    }

    private Versioned<Demande> create(Demande demande) {
        return store().save(new DemandeChange(demande, 0, List.of(event(demande, "demande.create")), List.of()));
    }

    private static JournalEvent event(Demande demande, String action) {
        return new JournalEvent(
                demande.lastStep().at(),
                demande.lastStep().actor(),
                action,
                "demande",
                demande.id().toString(),
                Map.of("state", demande.state().name()));
    }

    private static Notification notification(Demande demande, String key) {
        return Notification.of(
                NotificationId.derived("contract", demande.id() + "/" + key),
                demande.demandeur(),
                Recipient.email(Email.parse("usager@example.fr")),
                new RenderedMessage(
                        "contrat", NotificationChannel.EMAIL, "Votre demande " + demande.reference(), "Bonjour"),
                demande.lastStep().at(),
                demande.id());
    }

    @Test
    void createsAndFindsADemandeEveryWay() {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);
        Demande demande = draft(teleservice, reference(), MONDAY);

        Versioned<Demande> saved = create(demande);

        assertThat(saved).isEqualTo(new Versioned<>(demande, 1));
        assertThat(store().find(demande.id())).contains(saved);
        assertThat(store().findByReference(demande.reference())).contains(saved);
        assertThat(store().findByUsager(demande.demandeur())).containsExactly(saved);
        assertThat(store().findByTeleservice(teleservice.code())).containsExactly(saved);
        assertThat(store().findByState(DemandeState.BROUILLON)).contains(saved);
        assertThat(store().find(DemandeId.random())).isEmpty();
        assertThat(store().findByUsager(fr.eadmin.core.usager.UsagerId.random()))
                .isEmpty();
    }

    @Test
    void keepsEveryPartOfADemandeThroughItsLife() {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofMonths(1), SilenceRule.REJET);
        Demande deposited = deposited(teleservice, reference(), MONDAY);
        Demande decided = deposited
                .requestPieces(
                        AGENT,
                        Channel.GUICHET,
                        at(MONDAY.plusDays(1)),
                        List.of(fr.eadmin.core.dossier.PieceType.RIB),
                        MONDAY.plusDays(15),
                        "RIB manquant",
                        CALENDAR)
                .receivePieces(
                        fr.eadmin.core.Actor.usager(deposited.demandeur()),
                        Channel.INTERNET,
                        at(MONDAY.plusDays(4)),
                        List.of(new fr.eadmin.core.demande.SuppliedPiece(
                                fr.eadmin.core.dossier.PieceId.random(), fr.eadmin.core.dossier.PieceType.RIB)),
                        CALENDAR)
                .startInstruction(AGENT, Channel.GUICHET, at(MONDAY.plusDays(5)))
                .refuse(AGENT, Channel.GUICHET, at(MONDAY.plusDays(8)), "hors délai", CALENDAR);
        create(deposited);

        Versioned<Demande> saved = store().save(new DemandeChange(decided, 1, List.of(), List.of()));

        assertThat(store().find(decided.id())).contains(saved);
        assertThat(saved.value()).isEqualTo(decided);
    }

    @Test
    void writesTheJournalAndTheOutboxWithTheDemande() {
        Demande demande =
                deposited(DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION), reference(), MONDAY);
        Notification ar = notification(demande, "ar");

        store().save(new DemandeChange(
                demande, 0, List.of(event(demande, "demande.create"), event(demande, "demande.deposit")), List.of(ar)));

        assertThat(journal().about("demande", demande.id().toString()))
                .extracting(JournalEntry::event)
                .extracting(JournalEvent::action)
                .containsExactly("demande.create", "demande.deposit");
        assertThat(outbox().find(ar.id()))
                .hasValueSatisfying(e -> assertThat(e.notification()).isEqualTo(ar));
        assertThat(journal().verify().isValid()).isTrue();
    }

    @Test
    void aRetriedNotificationIsEnqueuedOnce() {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);
        Demande draft = draft(teleservice, reference(), MONDAY);
        Notification ar = notification(draft, "step-1");
        store().save(new DemandeChange(draft, 0, List.of(), List.of(ar)));
        Demande deposited = draft.deposit(
                fr.eadmin.core.Actor.usager(draft.demandeur()), Channel.INTERNET, at(MONDAY), teleservice);

        store().save(new DemandeChange(deposited, 1, List.of(), List.of(ar)));

        long same = outbox().find(ar.id()).stream().count();
        assertThat(same).isEqualTo(1);
    }

    @Test
    void refusesASecondCreationAndWritesNothing() {
        Demande demande =
                draft(DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION), reference(), MONDAY);
        create(demande);
        long head = journal().head().map(JournalEntry::position).orElse(0L);
        Notification notification = notification(demande, "dup");

        assertThatThrownBy(() -> store().save(new DemandeChange(
                        demande, 0, List.of(event(demande, "demande.create")), List.of(notification))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(outbox().find(notification.id())).isEmpty();
        assertThat(journal().about("demande", demande.id().toString())).hasSize(1);
        assertThat(journal().head().map(JournalEntry::position).orElse(0L)).isGreaterThanOrEqualTo(head);
    }

    @Test
    void refusesAStaleUpdateAndWritesNothing() {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);
        Demande draft = draft(teleservice, reference(), MONDAY);
        create(draft);
        Demande deposited = draft.deposit(
                fr.eadmin.core.Actor.usager(draft.demandeur()), Channel.INTERNET, at(MONDAY), teleservice);
        store().save(new DemandeChange(deposited, 1, List.of(event(deposited, "demande.deposit")), List.of()));
        Notification late = notification(deposited, "stale");

        assertThatThrownBy(() -> store().save(new DemandeChange(
                        deposited, 1, List.of(event(deposited, "demande.deposit")), List.of(late))))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.aggregateId()).isEqualTo(draft.id().toString());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                });
        assertThat(journal().about("demande", draft.id().toString())).hasSize(2);
        assertThat(outbox().find(late.id())).isEmpty();
        assertThat(store().find(draft.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void refusesToUpdateAnUnknownDemande() {
        Demande demande =
                deposited(DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION), reference(), MONDAY);

        assertThatThrownBy(() -> store().save(new DemandeChange(demande, 1, List.of(), List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(store().find(demande.id())).isEmpty();
    }

    @Test
    void letsExactlyOneOfConcurrentWritersOfTheSameVersionWin() throws Exception {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);
        Demande draft = draft(teleservice, reference(), MONDAY);
        create(draft);
        List<Callable<Optional<Versioned<Demande>>>> writers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Demande deposited = draft.deposit(
                    fr.eadmin.core.Actor.usager(draft.demandeur()),
                    Channel.INTERNET,
                    at(MONDAY).plusSeconds(i),
                    teleservice);
            writers.add(() -> {
                try {
                    return Optional.of(store().save(new DemandeChange(
                            deposited, 1, List.of(event(deposited, "demande.deposit")), List.of())));
                } catch (ConcurrentUpdateException e) {
                    return Optional.empty();
                }
            });
        }

        List<Versioned<Demande>> winners = Concurrency.runTogether(writers).stream()
                .flatMap(Optional::stream)
                .toList();

        assertThat(winners).hasSize(1);
        assertThat(store().find(draft.id())).contains(winners.get(0));
        assertThat(journal().about("demande", draft.id().toString())).hasSize(2);
    }

    @Test
    void allocatesIncreasingReferencesWithinAYear() {
        int year = freshYear();

        DemandeReference first = store().allocateReference(year);
        DemandeReference second = store().allocateReference(year);

        assertThat(first).isEqualTo(new DemandeReference(year, 1));
        assertThat(second).isEqualTo(new DemandeReference(year, 2));
        assertThat(store().allocateReference(year + 1)).isEqualTo(new DemandeReference(year + 1, 1));
    }

    @Test
    void allocatesUniqueReferencesToConcurrentCallers() throws Exception {
        int year = freshYear();
        List<Callable<List<DemandeReference>>> callers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            callers.add(() -> {
                List<DemandeReference> mine = new ArrayList<>();
                for (int n = 0; n < 10; n++) {
                    mine.add(store().allocateReference(year));
                }
                return mine;
            });
        }

        Set<DemandeReference> all = new HashSet<>();
        Concurrency.runTogether(callers).forEach(all::addAll);

        assertThat(all).hasSize(THREADS * 10);
    }

    @Test
    void refusesAReferenceTakenByAnotherDemande() {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);
        DemandeReference reference = reference();
        create(draft(teleservice, reference, MONDAY));

        assertThatThrownBy(() -> create(draft(teleservice, reference, MONDAY)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void findsTheDemandesWhoseDelayRanOut() {
        Teleservice sva = DemandeSamples.teleservice(Delay.ofCalendarDays(10), SilenceRule.ACCEPTATION);
        Demande early = deposited(sva, reference(), MONDAY);
        Demande later = deposited(sva, reference(), MONDAY.plusDays(2));
        Demande notYet = deposited(sva, reference(), MONDAY.plusDays(20));
        Demande decided = deposited(sva, reference(), MONDAY)
                .startInstruction(AGENT, Channel.GUICHET, at(MONDAY))
                .accept(AGENT, Channel.GUICHET, at(MONDAY), null, CALENDAR);
        Demande draft = draft(sva, reference(), MONDAY);
        Set<DemandeId> mine = new HashSet<>();
        for (Demande demande : List.of(later, early, notYet, decided, draft)) {
            create(demande);
            mine.add(demande.id());
        }

        List<DemandeId> due = store().findExpired(MONDAY.plusDays(15), DemandeStore.MAX_LIST).stream()
                .filter(mine::contains)
                .toList();

        assertThat(due).containsExactly(early.id(), later.id());
        assertThatThrownBy(() -> store().findExpired(MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsTheServiceLevelOfAPeriod() {
        Teleservice none = DemandeSamples.teleservice(Delay.ofBusinessDays(6), SilenceRule.NONE);
        // Received Monday 2 March: decided after 2, 3, 7 (late) business days; one pending, late; one outside.
        List<Integer> decisionDays = List.of(2, 3, 9);
        List<Demande> all = new ArrayList<>();
        for (int days : decisionDays) {
            all.add(deposited(none, reference(), MONDAY)
                    .startInstruction(AGENT, Channel.GUICHET, at(MONDAY))
                    .accept(AGENT, Channel.GUICHET, at(MONDAY.plusDays(days)), null, CALENDAR));
        }
        Demande pending = deposited(none, reference(), MONDAY.plusDays(1));
        Demande outside = deposited(none, reference(), MONDAY.plusDays(40));
        all.add(pending);
        all.add(outside);
        all.forEach(this::create);

        ServiceLevel level = store().serviceLevel(none.code(), MONDAY, MONDAY.plusDays(7), MONDAY.plusDays(30));

        assertThat(level.received()).isEqualTo(4);
        assertThat(level.decided()).isEqualTo(3);
        assertThat(level.decidedWithinDelay()).isEqualTo(2);
        assertThat(level.days()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(2, 1L, 3, 1L, 9, 1L)));
        assertThat(level.businessDays())
                .containsEntry(2, 1L)
                .containsEntry(3, 1L)
                .containsEntry(7, 1L);
        assertThat(level.percentileBusinessDays(50)).isEqualTo(3);
        assertThat(level.percentileBusinessDays(95)).isEqualTo(7);
        assertThat(level.shareDecidedWithinBusinessDays(6)).isEqualTo(2.0 / 3);
        assertThat(level.late()).extracting(LateDemande::id).containsExactly(pending.id());
        assertThat(store().serviceLevel(none.code(), MONDAY.plusDays(100), MONDAY.plusDays(200), MONDAY)
                        .received())
                .isZero();
    }
}
