package fr.eadmin.test.arbitraries;

import fr.eadmin.core.calendar.BusinessCalendar;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.calendar.DelayUnit;
import fr.eadmin.core.calendar.WorkingWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for the business calendar: dates, calendars of every territory with closure days and either working
 * week, and delays of every unit.
 *
 * <p>Dates are drawn mostly from {@value #BUSY_FROM} to {@value #BUSY_TO}, the years where generated closure days
 * lie, so that closures take part in most cases; the rest come from the whole supported range, away from its ends.
 */
public final class CalendarArbitraries {
    /** First year of the busy window, where most dates and every generated closure lie. */
    public static final int BUSY_FROM = 2020;

    /** Last year of the busy window. */
    public static final int BUSY_TO = 2035;

    private static final String[] DEPARTEMENTS = {
        "75", "13", "2A", "57", "67", "68", "971", "972", "973", "974", "976", "977", "978"
    };

    private CalendarArbitraries() {}

    /**
     * Dates: 9 in 10 in the busy window ({@value #BUSY_FROM}–{@value #BUSY_TO}), the others from 1600 to 9900.
     *
     * @return dates
     */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(9, between(LocalDate.of(BUSY_FROM, 1, 1), LocalDate.of(BUSY_TO, 12, 31))),
                Tuple.of(1, between(LocalDate.of(1600, 1, 1), LocalDate.of(9900, 12, 31))));
    }

    /**
     * Dates from {@code first} to {@code last}, both included.
     *
     * @param first the first date
     * @param last the last date, not before {@code first}
     * @return dates in the range
     */
    public static Arbitrary<LocalDate> between(LocalDate first, LocalDate last) {
        return Arbitraries.longs()
                .between(first.toEpochDay(), last.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * Calendars of metropolitan France, Corsica, Alsace-Moselle and every overseas department with an abolition day,
     * on either working week, with up to 40 scattered closure days and sometimes a run of up to 25 consecutive ones
     * (a fermeture estivale), all in the busy window.
     *
     * @return calendars
     */
    public static Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<BusinessCalendar> territories = Arbitraries.of(DEPARTEMENTS).map(BusinessCalendar::forDepartement);
        Arbitrary<WorkingWeek> weeks = Arbitraries.frequency(
                Tuple.of(3, WorkingWeek.MONDAY_TO_FRIDAY), Tuple.of(1, WorkingWeek.MONDAY_TO_SATURDAY));
        return Combinators.combine(territories, weeks, closures())
                .as((calendar, week, closures) -> calendar.withWorkingWeek(week).withClosures(closures));
    }

    /**
     * Closure days in the busy window: up to 40 scattered ones, and one time in three a run of 5 to 25 consecutive
     * days.
     *
     * @return maps of closure days to reasons
     */
    public static Arbitrary<Map<LocalDate, String>> closures() {
        Arbitrary<LocalDate> busy = between(LocalDate.of(BUSY_FROM, 1, 1), LocalDate.of(BUSY_TO, 12, 31));
        Arbitrary<Map<LocalDate, String>> scattered = busy.set().ofMaxSize(40).map(days -> {
            Map<LocalDate, String> closures = new TreeMap<>();
            days.forEach(day -> closures.put(day, "Fermeture exceptionnelle"));
            return closures;
        });
        Arbitrary<Map<LocalDate, String>> withRun = Combinators.combine(
                        scattered, busy, Arbitraries.integers().between(5, 25))
                .as((closures, first, length) -> {
                    Map<LocalDate, String> all = new TreeMap<>(closures);
                    for (int i = 0; i < length && !first.plusDays(i).isAfter(LocalDate.of(BUSY_TO, 12, 31)); i++) {
                        all.put(first.plusDays(i), "Fermeture estivale");
                    }
                    return all;
                });
        return Arbitraries.frequencyOf(Tuple.of(2, scattered), Tuple.of(1, withRun));
    }

    /**
     * Delays of every unit, with amounts of the size administrative delays have: up to 400 calendar days, 300
     * business days, 60 weeks, 36 months or 5 years.
     *
     * @return delays
     */
    public static Arbitrary<Delay> delays() {
        return Arbitraries.of(DelayUnit.class)
                .flatMap(unit ->
                        Arbitraries.integers().between(1, maxAmount(unit)).map(amount -> new Delay(amount, unit)));
    }

    private static int maxAmount(DelayUnit unit) {
        return switch (unit) {
            case CALENDAR_DAYS -> 400;
            case BUSINESS_DAYS, BUSINESS_DAYS_WITH_SATURDAYS -> 300;
            case WEEKS -> 60;
            case MONTHS -> 36;
            case YEARS -> 5;
        };
    }
}
