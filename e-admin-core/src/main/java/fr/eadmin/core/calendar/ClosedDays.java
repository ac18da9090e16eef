package fr.eadmin.core.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The days on which an administration is closed whatever the day of the week: the jours fériés given by rules and
 * the closure days given as dates. Years are computed once, on first use, and kept: a computed year never changes,
 * so sharing it between threads is safe.
 */
final class ClosedDays {
    private final List<HolidayRule> rules;
    private final NavigableMap<LocalDate, String> closures;
    private final ConcurrentHashMap<Integer, YearData> years = new ConcurrentHashMap<>();

    ClosedDays(List<HolidayRule> rules, NavigableMap<LocalDate, String> closures) {
        this.rules = List.copyOf(rules);
        this.closures = Collections.unmodifiableNavigableMap(new TreeMap<>(closures));
    }

    List<HolidayRule> rules() {
        return rules;
    }

    NavigableMap<LocalDate, String> closures() {
        return closures;
    }

    ClosedDays withClosures(SortedMap<LocalDate, String> added) {
        TreeMap<LocalDate, String> all = new TreeMap<>(closures);
        all.putAll(added);
        return new ClosedDays(rules, all);
    }

    YearData year(int year) {
        if (year < BusinessCalendar.MIN_YEAR || year > BusinessCalendar.MAX_YEAR) {
            throw new UnsupportedYearException(year);
        }
        YearData data = years.get(year);
        return data != null ? data : years.computeIfAbsent(year, this::compute);
    }

    private YearData compute(int year) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        for (HolidayRule rule : rules) {
            holidays.merge(rule.dateIn(year), rule.name(), (first, second) -> first + " et " + second);
        }
        int length = Year.of(year).length();
        boolean[] closed = new boolean[length];
        holidays.keySet().forEach(date -> closed[date.getDayOfYear() - 1] = true);
        closures.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .keySet()
                .forEach(date -> closed[date.getDayOfYear() - 1] = true);
        int[] closedMondayToFriday = new int[length + 1];
        int[] closedMondayToSaturday = new int[length + 1];
        int dayOfWeek = LocalDate.of(year, 1, 1).getDayOfWeek().getValue(); // 1 = Monday … 7 = Sunday
        for (int i = 0; i < length; i++) {
            closedMondayToFriday[i + 1] = closedMondayToFriday[i] + (closed[i] && dayOfWeek <= 5 ? 1 : 0);
            closedMondayToSaturday[i + 1] = closedMondayToSaturday[i] + (closed[i] && dayOfWeek <= 6 ? 1 : 0);
            dayOfWeek = dayOfWeek == 7 ? 1 : dayOfWeek + 1;
        }
        return new YearData(
                Collections.unmodifiableSortedMap(holidays), closed, closedMondayToFriday, closedMondayToSaturday);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ClosedDays that && rules.equals(that.rules) && closures.equals(that.closures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, closures);
    }

    /**
     * One computed year: its holidays by date, which of its days are closed (holiday or closure), and for each
     * working week the running count of closed working days, so that counting the closed days of any range is
     * two array reads.
     */
    static final class YearData {
        private final SortedMap<LocalDate, String> holidays;
        private final boolean[] closed;
        private final int[] closedMondayToFriday;
        private final int[] closedMondayToSaturday;

        private YearData(
                SortedMap<LocalDate, String> holidays,
                boolean[] closed,
                int[] closedMondayToFriday,
                int[] closedMondayToSaturday) {
            this.holidays = holidays;
            this.closed = closed;
            this.closedMondayToFriday = closedMondayToFriday;
            this.closedMondayToSaturday = closedMondayToSaturday;
        }

        SortedMap<LocalDate, String> holidays() {
            return holidays;
        }

        int length() {
            return closed.length;
        }

        boolean isClosed(LocalDate date) {
            return closed[date.getDayOfYear() - 1];
        }

        /**
         * Closed working days among the days of the year whose index (day of year less one) is from {@code
         * fromIndex} included to {@code toIndex} excluded.
         */
        int closedWorkingDays(WorkingWeek week, int fromIndex, int toIndex) {
            int[] prefix = week == WorkingWeek.MONDAY_TO_FRIDAY ? closedMondayToFriday : closedMondayToSaturday;
            return prefix[toIndex] - prefix[fromIndex];
        }
    }
}
