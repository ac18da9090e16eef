package fr.eadmin.core.demande;

import fr.eadmin.core.calendar.BusinessCalendar;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.calendar.Expiry;
import fr.eadmin.core.calendar.RunningDelay;
import fr.eadmin.core.calendar.Suspension;
import fr.eadmin.core.teleservice.SilenceRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The delay of a deposited demande: when it was received, the delay and silence rule of its téléservice at
 * that time, the waits for pièces, the last day of the delay as far as it is known, and, once decided, how
 * long the decision took.
 *
 * <h2>How waits for pièces move the delay (CRPA L114-5)</h2>
 *
 * When a demande is incomplete the administration lists the missing pièces and the time given to produce
 * them. Then:
 *
 * <ul>
 *   <li>under {@link SilenceRule#ACCEPTATION}, the delay "ne court qu'à compter de la réception des pièces":
 *       it starts again, whole, from the day the last requested pièces arrive, and is unknown while they are
 *       awaited;
 *   <li>under {@link SilenceRule#REJET}, the delay "est suspendu pendant le délai imparti pour produire les
 *       pièces", a suspension that ends early when they arrive: the suspension runs from the request to the
 *       arrival or to the end of the time given, whichever comes first, so the end of the delay is always known;
 *   <li>under {@link SilenceRule#NONE} (a service commitment, no decision by silence), the commitment is
 *       suspended from the request to the arrival, and unknown while the pièces are awaited.
 * </ul>
 *
 * <p>Every request for pièces or corrections is treated as a request for missing pièces. The end of a delay
 * ending in an implicit decision is the nominal last day ({@link Expiry#NOMINAL}: no text of the CRPA extends
 * it past a day off); a service commitment ending on a day off is extended to the next open day ({@link
 * Expiry#EXTENDED}). Once a decision is reopened, the delay no longer runs: it was spent, and the agent decides
 * expressly; {@link #deadline()} keeps the last known value.
 *
 * @param receivedOn the day the administration received the demande
 * @param delay the delay committed by the téléservice at deposit
 * @param silenceRule the silence rule of the téléservice at deposit
 * @param waits the waits for pièces, in order
 * @param deadline the last day of the delay, or null while it is unknown
 * @param running false once a decision was reopened: no automatic decision any more
 * @param late whether the demande was flagged late (delay over without a decision, no silence rule)
 * @param processing how long the decision took, null while not decided
 */
public record DemandeDelay(
        LocalDate receivedOn,
        Delay delay,
        SilenceRule silenceRule,
        List<PieceWait> waits,
        @Nullable LocalDate deadline,
        boolean running,
        boolean late,
        @Nullable Processing processing) {

    /** Checks the values. */
    public DemandeDelay {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(silenceRule, "silenceRule");
        waits = List.copyOf(Objects.requireNonNull(waits, "waits"));
        for (int i = 0; i < waits.size(); i++) {
            if (waits.get(i).requestedOn().isBefore(receivedOn)) {
                throw new InvalidDemandeException("waits", "a wait cannot begin before the receipt");
            }
            if (i < waits.size() - 1 && waits.get(i).open()) {
                throw new InvalidDemandeException("waits", "only the last wait may be open");
            }
        }
    }

    static DemandeDelay start(LocalDate receivedOn, Delay delay, SilenceRule rule, BusinessCalendar calendar) {
        return new DemandeDelay(receivedOn, delay, rule, List.of(), null, true, false, null).recomputed(calendar);
    }

    /**
     * Whether the demande waits for pièces now.
     *
     * @return true if the last wait is open
     */
    public boolean waiting() {
        return !waits.isEmpty() && waits.get(waits.size() - 1).open();
    }

    /**
     * Whether the delay has run out at the end of {@code today} with no decision: the demande is due for its
     * automatic decision (or for being flagged late).
     *
     * @param today the day
     * @return true if due
     */
    public boolean expiredOn(LocalDate today) {
        return running && !late && processing == null && deadline != null && today.isAfter(deadline);
    }

    DemandeDelay withWait(PieceWait wait, BusinessCalendar calendar) {
        List<PieceWait> all = new ArrayList<>(waits);
        all.add(wait);
        return new DemandeDelay(receivedOn, delay, silenceRule, all, deadline, running, late, processing)
                .recomputed(calendar);
    }

    DemandeDelay withWaitClosed(LocalDate day, BusinessCalendar calendar) {
        if (!waiting()) {
            return this;
        }
        List<PieceWait> all = new ArrayList<>(waits);
        all.set(all.size() - 1, all.get(all.size() - 1).closedOn(day));
        return new DemandeDelay(receivedOn, delay, silenceRule, all, deadline, running, late, processing)
                .recomputed(calendar);
    }

    DemandeDelay decided(LocalDate day, boolean implicit, BusinessCalendar calendar) {
        DemandeDelay closed = withWaitClosed(day, calendar);
        LocalDate decidedOn = day.isBefore(receivedOn) ? receivedOn : day;
        List<Suspension> stops = closed.actualStops();
        int days = suspended(RunningDelay.start(receivedOn, Delay.ofCalendarDays(1), calendar), stops)
                .consumedDays(decidedOn);
        int businessDays = suspended(RunningDelay.start(receivedOn, Delay.ofBusinessDays(1), calendar), stops)
                .consumedDays(decidedOn);
        boolean within = !implicit && (closed.deadline == null || !decidedOn.isAfter(closed.deadline));
        return new DemandeDelay(
                receivedOn,
                delay,
                silenceRule,
                closed.waits,
                closed.deadline,
                closed.running,
                closed.late,
                new Processing(decidedOn, days, Math.min(days, businessDays), within, implicit));
    }

    DemandeDelay reopened() {
        return new DemandeDelay(receivedOn, delay, silenceRule, waits, deadline, false, late, null);
    }

    DemandeDelay flaggedLate() {
        return new DemandeDelay(receivedOn, delay, silenceRule, waits, deadline, running, true, processing);
    }

    /** The waits as suspensions of the actual time: from the request to the arrival. */
    private List<Suspension> actualStops() {
        List<Suspension> stops = new ArrayList<>();
        for (PieceWait wait : waits) {
            LocalDate until = wait.receivedOn();
            stops.add(
                    until == null
                            ? Suspension.openFrom(wait.requestedOn())
                            : Suspension.between(wait.requestedOn(), until));
        }
        return stops;
    }

    private static RunningDelay suspended(RunningDelay running, List<Suspension> stops) {
        RunningDelay result = running;
        for (Suspension stop : stops) {
            result = result.withSuspension(stop);
        }
        return result;
    }

    private DemandeDelay recomputed(BusinessCalendar calendar) {
        if (!running) {
            return this;
        }
        LocalDate end = legalDeadline(calendar);
        return new DemandeDelay(receivedOn, delay, silenceRule, waits, end, running, late, processing);
    }

    private @Nullable LocalDate legalDeadline(BusinessCalendar calendar) {
        switch (silenceRule) {
            case ACCEPTATION -> {
                if (waiting()) {
                    return null;
                }
                LocalDate start = receivedOn;
                for (PieceWait wait : waits) {
                    LocalDate arrived = Objects.requireNonNull(wait.receivedOn());
                    if (arrived.isAfter(start)) {
                        start = arrived;
                    }
                }
                return RunningDelay.start(start, delay, calendar)
                        .withExpiry(Expiry.NOMINAL)
                        .deadline()
                        .orElse(null);
            }
            case REJET -> {
                List<Suspension> stops = new ArrayList<>();
                for (PieceWait wait : waits) {
                    LocalDate until = wait.receivedOn();
                    LocalDate end = until == null || until.isAfter(wait.dueBy()) ? wait.dueBy() : until;
                    stops.add(Suspension.between(wait.requestedOn(), end));
                }
                return suspended(RunningDelay.start(receivedOn, delay, calendar).withExpiry(Expiry.NOMINAL), stops)
                        .deadline()
                        .orElse(null);
            }
            default -> {
                return suspended(RunningDelay.start(receivedOn, delay, calendar), actualStops())
                        .deadline()
                        .orElse(null);
            }
        }
    }
}
