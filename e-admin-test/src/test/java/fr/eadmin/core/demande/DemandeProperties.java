package fr.eadmin.core.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.dossier.PieceId;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.memory.InMemoryDemandeStore;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.memory.InMemoryOutbox;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import fr.eadmin.test.contract.DemandeSamples;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Any sequence of operations on a demande, by any actor, on any day, keeps the invariants of the demande engine:
 * no decision without deposit, a history that chains its states, suspended time never counted in the
 * processing time, a journal that verifies with one entry per step, exactly one notification per notifying
 * step, and refused operations that change nothing.
 */
class DemandeProperties {
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Set<DemandeAction> NOTIFYING = EnumSet.of(
            DemandeAction.DEPOSIT,
            DemandeAction.REQUEST_PIECES,
            DemandeAction.ACCEPT,
            DemandeAction.IMPLICIT_ACCEPTANCE,
            DemandeAction.REFUSE,
            DemandeAction.IMPLICIT_REJECTION,
            DemandeAction.CLASSER_SANS_SUITE);

    enum Op {
        DEPOSIT,
        START,
        REQUEST,
        RECEIVE,
        ACCEPT,
        REFUSE,
        CLASSER,
        WITHDRAW,
        REOPEN,
        SWEEP,
        USAGER_ACCEPTS,
        OTHER_USAGER_WITHDRAWS
    }

    record Move(Op op, int daysLater) {}

    @Provide
    Arbitrary<List<Move>> moves() {
        Arbitrary<Move> move = Combinators.combine(
                        Arbitraries.of(Op.class),
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 3)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(10, 90))))
                .as(Move::new);
        return move.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 300)
    void anySequenceKeepsTheInvariants(@ForAll SilenceRule rule, @ForAll("moves") @Size(min = 1) List<Move> moves) {
        AtomicReference<Instant> now = new AtomicReference<>(DemandeSamples.at(START));
        Clock clock = new MutableClock(now);
        InMemoryJournal journal = InMemoryJournal.create();
        InMemoryOutbox outbox = InMemoryOutbox.create(clock);
        InMemoryDemandeStore store = InMemoryDemandeStore.create(journal, outbox);
        Delay delay =
                switch (rule) {
                    case ACCEPTATION -> Delay.ofMonths(2);
                    case REJET -> Delay.ofCalendarDays(30);
                    case NONE -> Delay.ofBusinessDays(6);
                };
        Teleservice teleservice = DemandeSamples.teleservice(delay, rule);
        DemandeService service = DemandeService.create(
                TeleserviceCatalogue.of(List.of(teleservice)),
                store,
                DemandeNotifications.french(
                        usager -> List.of(Recipient.email(Email.parse("usager@example.fr"))),
                        d -> "https://suivi.example"),
                clock);
        UsagerId usager = UsagerId.random();
        Actor me = Actor.usager(usager);
        Actor agent = DemandeSamples.AGENT;
        DemandeId id = service.createDraft(new DraftRequest(
                        teleservice.code(),
                        usager,
                        usager,
                        UsagerKind.INDIVIDU,
                        me,
                        Channel.INTERNET,
                        Map.of(),
                        List.of()))
                .value()
                .id();

        for (Move move : moves) {
            now.set(now.get().plus(move.daysLater(), ChronoUnit.DAYS));
            Versioned<Demande> before = store.find(id).orElseThrow();
            try {
                switch (move.op()) {
                    case DEPOSIT -> service.deposit(id, me, Channel.INTERNET);
                    case START -> service.startInstruction(id, agent, Channel.GUICHET);
                    case REQUEST ->
                        service.requestPieces(
                                id,
                                agent,
                                Channel.GUICHET,
                                List.of(PieceType.RIB),
                                Demande.day(now.get()).plusDays(10),
                                "RIB manquant");
                    case RECEIVE ->
                        service.receivePieces(
                                id, me, Channel.INTERNET, List.of(new SuppliedPiece(PieceId.random(), PieceType.RIB)));
                    case ACCEPT -> service.accept(id, agent, Channel.GUICHET, null);
                    case REFUSE -> service.refuse(id, agent, Channel.GUICHET, "conditions non remplies");
                    case CLASSER -> service.classerSansSuite(id, agent, Channel.GUICHET, "doublon");
                    case WITHDRAW -> service.classerSansSuite(id, me, Channel.INTERNET, "désistement");
                    case REOPEN -> service.reopen(id, agent, Channel.GUICHET, "recours gracieux");
                    case SWEEP -> service.applyExpiredDeadlines();
                    case USAGER_ACCEPTS -> {
                        assertThatThrownBy(() -> service.accept(id, me, Channel.INTERNET, null))
                                .isInstanceOf(InvalidTransitionException.class);
                        assertThat(store.find(id)).contains(before);
                    }
                    case OTHER_USAGER_WITHDRAWS -> {
                        assertThatThrownBy(() -> service.classerSansSuite(
                                        id, Actor.usager(UsagerId.random()), Channel.INTERNET, "x"))
                                .isInstanceOf(InvalidTransitionException.class);
                        assertThat(store.find(id)).contains(before);
                    }
                }
            } catch (InvalidTransitionException e) {
                assertThat(e.demande()).isEqualTo(id);
                assertThat(e.current()).isEqualTo(before.value().state());
                assertThat(store.find(id)).contains(before);
            }
            checkInvariants(store.find(id).orElseThrow(), journal, outbox);
        }
    }

    static void checkInvariants(Versioned<Demande> stored, InMemoryJournal journal, InMemoryOutbox outbox) {
        Demande demande = stored.value();
        List<Step> history = demande.history();
        // one write per step, no lost step
        assertThat(stored.version()).isEqualTo(history.size());
        // the history chains its states, and no decision comes before the deposit
        boolean deposited = false;
        for (int i = 1; i < history.size(); i++) {
            Step step = history.get(i);
            assertThat(step.from()).isEqualTo(history.get(i - 1).to());
            assertThat(step.at()).isAfterOrEqualTo(history.get(i - 1).at());
            deposited |= step.action() == DemandeAction.DEPOSIT;
            if (step.to().isDecision() || step.to().isPending()) {
                assertThat(deposited)
                        .as("decision or examination without deposit")
                        .isTrue();
            }
        }
        assertThat(demande.delay() == null).isEqualTo(!deposited);
        // suspended time is never counted
        DemandeDelay delay = demande.delay();
        if (delay != null && delay.processing() != null) {
            Processing processing = delay.processing();
            long waited = 0;
            for (PieceWait wait : delay.waits()) {
                LocalDate end = wait.receivedOn() == null ? processing.decidedOn() : wait.receivedOn();
                if (end.isAfter(processing.decidedOn())) {
                    end = processing.decidedOn();
                }
                waited += Math.max(0, ChronoUnit.DAYS.between(wait.requestedOn(), end));
            }
            long total = ChronoUnit.DAYS.between(delay.receivedOn(), processing.decidedOn());
            assertThat(processing.days()).isEqualTo(total - waited);
            assertThat(processing.businessDays()).isBetween(0, processing.days());
        }
        // the journal verifies and holds one entry per step
        assertThat(journal.verify().isValid()).isTrue();
        assertThat(journal.about("demande", demande.id().toString())).hasSize(history.size());
        // one notification per notifying step
        long notifying =
                history.stream().filter(s -> NOTIFYING.contains(s.action())).count();
        assertThat(outbox.counts().pending()).isEqualTo(notifying);
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        MutableClock(AtomicReference<Instant> now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return Demande.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
