package fr.eadmin.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A delay running against a request: from a starting day (the receipt of the complete request), for a {@link
 * Delay}, on a {@link BusinessCalendar}, stopped during {@linkplain Suspension suspensions}. It answers, for the
 * request engine and its reports: when does the delay end, how much of it has been used, is it suspended, has it
 * expired. Suspended time is never counted.
 *
 * {@snippet :
 * RunningDelay delay = RunningDelay.start(LocalDate.of(2026, 3, 2), Delay.parse("2 mois"), BusinessCalendar.france())
 *         .suspendedFrom(LocalDate.of(2026, 3, 10)); // missing pièces asked for
 * delay.deadline(); // empty: the delay waits for the pièces
 * delay = delay.resumedOn(LocalDate.of(2026, 3, 20)); // pièces received: 10 days suspended
 * delay.deadline(); // 2026-05-12: 2 May pushed by 10 days
 * }
 *
 * <h2>How a suspension moves the end</h2>
 *
 * <p>A day counts when it is after the starting day and in no suspension (see {@link Suspension} for which days a
 * suspension covers). Suspensions may be given in any order and may overlap: their union is what is removed. Then:
 *
 * <ul>
 *   <li>in calendar days and weeks, the delay ends on its N-th counted day (N the number of days): every suspended
 *       day before the end is added back, one for one;
 *   <li>in jours ouvrés or ouvrables, it ends on its N-th counted business day: suspended business days are added
 *       back as business days, suspended weekends and holidays change nothing;
 *   <li>in months and years, the end without suspension is found by date-to-date counting, and every suspension that
 *       begins before the end pushes it by its length in calendar days. Counting months again from the day the
 *       delay resumes would make the result depend on the lengths of the months crossed; pushing by days keeps a
 *       suspension of 10 days worth exactly 10 days;
 *   <li>a suspension that begins on or after the end, once the delay is over, changes nothing;
 *   <li>at last the end is extended past a day off when {@link #expiry()} says so.
 * </ul>
 *
 * <p>While a suspension that began before the end is still open, the end is unknown.
 *
 * <h2>Which suspension the CRPA asks for</h2>
 *
 * <p>When a request is incomplete, the CRPA, L114-5, makes the delay after which silence means acceptance start only
 * when the missing pièces arrive, and suspends the delay after which silence means rejection during the time given
 * to produce them, a suspension that ends early when they arrive. With this type: for an acceptance by silence,
 * a suspension from the starting day to the arrival (or start the delay on the arrival); for a rejection by silence,
 * a suspension from the request for pièces to their arrival or to the end of the time given, whichever comes first.
 * Other codes (urbanisme, environnement) have their own rules; the application records the suspensions they define.
 *
 * <p>"As of" questions are answered at the end of the given day.
 *
 * @param start the day of the starting event (receipt of the complete request), which is not counted
 * @param delay the delay
 * @param calendar the calendar of the administration that must answer
 * @param expiry whether an end on a day off is extended to the next open day
 * @param suspensions the periods during which the delay stopped, in any order
 */
public record RunningDelay(
        LocalDate start, Delay delay, BusinessCalendar calendar, Expiry expiry, List<Suspension> suspensions) {

    /** The end of an open suspension in {@link #mergedSuspensions()}. */
    private static final long OPEN = Long.MAX_VALUE;

    /**
     * Checks that no suspension begins before the delay starts.
     *
     * @throws InvalidSuspensionException if a suspension begins before {@code start}
     */
    public RunningDelay {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(expiry, "expiry");
        suspensions = List.copyOf(suspensions);
        for (Suspension suspension : suspensions) {
            if (suspension.from().isBefore(start)) {
                throw new InvalidSuspensionException("a suspension cannot begin before the delay starts");
            }
        }
    }

    /**
     * A delay starting on a day, without suspension, extended past days off ({@link Expiry#EXTENDED}).
     *
     * @param start the day of the starting event, which is not counted
     * @param delay the delay
     * @param calendar the calendar of the administration that must answer
     * @return the running delay
     */
    public static RunningDelay start(LocalDate start, Delay delay, BusinessCalendar calendar) {
        return new RunningDelay(start, delay, calendar, Expiry.EXTENDED, List.of());
    }

    /**
     * The same delay with another expiry rule.
     *
     * @param expiry whether an end on a day off is extended
     * @return a new running delay
     */
    public RunningDelay withExpiry(Expiry expiry) {
        return new RunningDelay(start, delay, calendar, expiry, suspensions);
    }

    /**
     * The same delay with one more suspension, open or ended.
     *
     * @param suspension the suspension
     * @return a new running delay
     * @throws InvalidSuspensionException if the suspension begins before the delay starts
     */
    public RunningDelay withSuspension(Suspension suspension) {
        Objects.requireNonNull(suspension, "suspension");
        List<Suspension> all = new ArrayList<>(suspensions);
        all.add(suspension);
        return new RunningDelay(start, delay, calendar, expiry, all);
    }

    /**
     * The same delay suspended from a day on, until {@link #resumedOn(LocalDate)}: the missing pièces were asked
     * for that day.
     *
     * @param from the day the pièces were asked for
     * @return a new running delay
     * @throws InvalidSuspensionException if the delay is already suspended by an open suspension, or the day is
     *     before the start
     */
    public RunningDelay suspendedFrom(LocalDate from) {
        Objects.requireNonNull(from, "from");
        if (suspensions.stream().anyMatch(Suspension::isOpen)) {
            throw new InvalidSuspensionException("the delay is already suspended");
        }
        return withSuspension(Suspension.openFrom(from));
    }

    /**
     * The same delay running again: the open suspension ends on that day (the pièces arrived).
     *
     * @param until the day the pièces arrived; the delay runs again from the next day
     * @return a new running delay
     * @throws InvalidSuspensionException if no suspension is open, or the day is before the suspension began
     */
    public RunningDelay resumedOn(LocalDate until) {
        Objects.requireNonNull(until, "until");
        List<Suspension> all = new ArrayList<>(suspensions.size());
        boolean closed = false;
        for (Suspension suspension : suspensions) {
            if (suspension.isOpen() && !closed) {
                all.add(Suspension.between(suspension.from(), until));
                closed = true;
            } else {
                all.add(suspension);
            }
        }
        if (!closed) {
            throw new InvalidSuspensionException("the delay is not suspended");
        }
        return new RunningDelay(start, delay, calendar, expiry, all);
    }

    /**
     * The last day of the delay, until midnight, as far as it is known: empty while a suspension that began before
     * the end is still open.
     *
     * @return the last day, or empty while suspended
     * @throws UnsupportedYearException if a date out of the supported years is reached
     */
    public Optional<LocalDate> deadline() {
        List<long[]> stops = mergedSuspensions();
        LocalDate end;
        if (delay.countsBusinessDays()) {
            BusinessCalendar counting = delay.countingCalendar(calendar);
            LocalDate day = start;
            int remaining = delay.amount();
            for (long[] stop : stops) {
                LocalDate from = LocalDate.ofEpochDay(stop[0]);
                int beforeStop = counting.businessDaysBetween(day.plusDays(1), from.plusDays(1));
                if (beforeStop >= remaining) {
                    break; // the delay ends on or before the day this suspension begins
                }
                remaining -= beforeStop;
                if (stop[1] == OPEN) {
                    return Optional.empty();
                }
                day = LocalDate.ofEpochDay(stop[1]);
            }
            end = counting.plusBusinessDays(day, remaining);
        } else {
            long last = delay.nominalEnd(start, calendar).toEpochDay();
            for (long[] stop : stops) {
                if (stop[0] >= last) {
                    break;
                }
                if (stop[1] == OPEN) {
                    return Optional.empty();
                }
                last += stop[1] - stop[0];
            }
            end = LocalDate.ofEpochDay(last);
        }
        return Optional.of(calendar.expiryDay(end, expiry));
    }

    /**
     * Whether the delay is suspended at the end of a day: a suspension began on or before it and ends after it (or
     * is still open).
     *
     * @param asOf the day
     * @return {@code true} if the next day will not count because of a suspension
     */
    public boolean isSuspended(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        long day = asOf.toEpochDay();
        return mergedSuspensions().stream().anyMatch(stop -> stop[0] <= day && day < stop[1]);
    }

    /**
     * How much of the delay has been used by the end of a day: the counted days from the day after the start to
     * {@code asOf}, suspended days excluded. Business days for a delay in jours ouvrés or ouvrables, calendar days
     * otherwise (months and years included). Not capped: past the end it keeps counting, which measures the overrun.
     *
     * @param asOf the day
     * @return the number of counted days, {@code 0} on or before the start
     * @throws UnsupportedYearException if a date out of the supported years is reached
     */
    public int consumedDays(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (!asOf.isAfter(start)) {
            return 0;
        }
        BusinessCalendar counting = delay.countingCalendar(calendar);
        int consumed = counted(counting, start, asOf);
        for (long[] stop : mergedSuspensions()) {
            LocalDate from = LocalDate.ofEpochDay(stop[0]);
            if (!from.isBefore(asOf)) {
                break;
            }
            LocalDate until = stop[1] == OPEN || stop[1] > asOf.toEpochDay() ? asOf : LocalDate.ofEpochDay(stop[1]);
            consumed -= counted(counting, from, until);
        }
        return consumed;
    }

    /**
     * Whether the delay has expired by the end of a day: its last day is known and {@code asOf} is after it.
     *
     * @param asOf the day
     * @return {@code true} after the last day; {@code false} on it, before it, or while the end is unknown
     * @throws UnsupportedYearException if a date out of the supported years is reached
     */
    public boolean isExpired(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return deadline().map(asOf::isAfter).orElse(false);
    }

    /** The days counted in (after, upTo]: business days of the counting calendar, or calendar days. */
    private int counted(BusinessCalendar counting, LocalDate after, LocalDate upTo) {
        if (delay.countsBusinessDays()) {
            return counting.businessDaysBetween(after.plusDays(1), upTo.plusDays(1));
        }
        return Math.toIntExact(upTo.toEpochDay() - after.toEpochDay());
    }

    private static long[] epochDays(Suspension suspension) {
        LocalDate until = suspension.until();
        return new long[] {suspension.from().toEpochDay(), until == null ? OPEN : until.toEpochDay()};
    }

    /**
     * The union of the suspensions as sorted, disjoint, non-adjacent pairs {from, until} of epoch days, until being
     * {@link #OPEN} for an open suspension: the suspended days of a pair are from + 1 to until.
     */
    private List<long[]> mergedSuspensions() {
        List<long[]> sorted = suspensions.stream()
                .map(RunningDelay::epochDays)
                .sorted(Comparator.comparingLong(pair -> pair[0]))
                .toList();
        List<long[]> merged = new ArrayList<>();
        for (long[] pair : sorted) {
            if (pair[0] == pair[1]) {
                continue; // opened and closed the same day: no day removed
            }
            int last = merged.size() - 1;
            if (last >= 0 && pair[0] <= merged.get(last)[1]) {
                merged.get(last)[1] = Math.max(merged.get(last)[1], pair[1]);
            } else {
                merged.add(pair);
            }
        }
        return merged;
    }
}
