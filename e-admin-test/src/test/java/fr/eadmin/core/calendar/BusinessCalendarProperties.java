package fr.eadmin.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.test.arbitraries.CalendarArbitraries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BusinessCalendarProperties {

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return CalendarArbitraries.dates();
    }

    /** Easter by the algorithm of Oudin (1940), a different arrangement of the Gregorian epact rules. */
    static LocalDate oudinEaster(int year) {
        int g = year % 19;
        int c = year / 100;
        int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
        int i = h - (h / 28) * (1 - (h / 28) * (29 / (h + 1)) * ((21 - g) / 11));
        int j = (year + year / 4 + i + 2 - c + c / 4) % 7;
        int l = i - j;
        int month = 3 + (l + 40) / 44;
        int day = l + 28 - 31 * (month / 4);
        return LocalDate.of(year, month, day);
    }

    /** Business days by their definition alone, without the calendar's counting tables. */
    static boolean isBusinessDayByDefinition(BusinessCalendar calendar, LocalDate date) {
        return calendar.workingWeek().includes(date.getDayOfWeek())
                && !calendar.holidays(Year.of(date.getYear())).containsKey(date)
                && !calendar.closures().containsKey(date);
    }

    @Example
    void theComputusAgreesWithOudinForEverySupportedYear() {
        for (int year = BusinessCalendar.MIN_YEAR; year <= BusinessCalendar.MAX_YEAR; year++) {
            assertThat(BusinessCalendar.easterSunday(Year.of(year)))
                    .as("Easter %d", year)
                    .isEqualTo(oudinEaster(year));
        }
    }

    @Property
    void easterIsASundayFrom22MarchTo25April(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        LocalDate easter = BusinessCalendar.easterSunday(Year.of(year));
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        assertThat(easter).isEqualTo(oudinEaster(year));
    }

    @Property
    void theHolidaysOfATerritoryAreThoseOfFranceAndItsOwn(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        SortedMap<LocalDate, String> france = BusinessCalendar.france().holidays(Year.of(year));
        assertThat(france.size()).isBetween(10, 11); // the Ascension may fall on 1 or 8 May
        assertThat(france.keySet()).allMatch(date -> date.getYear() == year);
        LocalDate easter = BusinessCalendar.easterSunday(Year.of(year));
        assertThat(france)
                .containsKeys(
                        LocalDate.of(year, Month.JANUARY, 1),
                        easter.plusDays(1),
                        easter.plusDays(39),
                        easter.plusDays(50),
                        LocalDate.of(year, Month.JULY, 14),
                        LocalDate.of(year, Month.DECEMBER, 25));
        SortedMap<LocalDate, String> alsace = BusinessCalendar.alsaceMoselle().holidays(Year.of(year));
        assertThat(alsace).hasSize(france.size() + 2).containsKeys(easter.minusDays(2), LocalDate.of(year, 12, 26));
        assertThat(alsace.keySet()).containsAll(france.keySet());
        SortedMap<LocalDate, String> reunion =
                BusinessCalendar.forDepartement("974").holidays(Year.of(year));
        assertThat(reunion)
                .hasSize(france.size() + 1)
                .containsEntry(LocalDate.of(year, 12, 20), "Abolition de l'esclavage");
    }

    @Property
    void isBusinessDayFollowsItsDefinition(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("dates") LocalDate date) {
        assertThat(calendar.isBusinessDay(date)).isEqualTo(isBusinessDayByDefinition(calendar, date));
    }

    @Property
    void plusBusinessDaysLandsOnABusinessDay(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = -3000, max = 3000) int days) {
        assertThat(calendar.isBusinessDay(calendar.plusBusinessDays(date, days)))
                .isTrue();
    }

    @Property
    void businessDaysBetweenCountsWhatPlusBusinessDaysMoved(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = -3000, max = 3000) int days) {
        LocalDate moved = calendar.plusBusinessDays(date, days);
        int expected = days > 0 && !calendar.isBusinessDay(date) ? days - 1 : days;
        assertThat(calendar.businessDaysBetween(date, moved)).isEqualTo(expected);
        if (calendar.isBusinessDay(date)) {
            assertThat(calendar.businessDaysBetween(date, moved)).isEqualTo(days);
        }
        // Counted from the day after, the starting day never counts: exactly the days moved over.
        if (days > 0) {
            assertThat(calendar.businessDaysBetween(date.plusDays(1), moved.plusDays(1)))
                    .isEqualTo(days);
        }
    }

    @Property
    void plusBusinessDaysAgreesWithAWalkDayByDay(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = -80, max = 80) int days) {
        LocalDate walked = date;
        if (days == 0) {
            while (!isBusinessDayByDefinition(calendar, walked)) {
                walked = walked.plusDays(1);
            }
        }
        int step = days > 0 ? 1 : -1;
        for (int left = Math.abs(days); left > 0; ) {
            walked = walked.plusDays(step);
            if (isBusinessDayByDefinition(calendar, walked)) {
                left--;
            }
        }
        assertThat(calendar.plusBusinessDays(date, days)).isEqualTo(walked);
    }

    @Property
    void businessDaysBetweenAgreesWithCountingDayByDay(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 0, max = 900) int span) {
        LocalDate end = start.plusDays(span);
        int counted = 0;
        for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
            if (isBusinessDayByDefinition(calendar, day)) {
                counted++;
            }
        }
        assertThat(calendar.businessDaysBetween(start, end)).isEqualTo(counted);
        assertThat(calendar.businessDaysBetween(end, start)).isEqualTo(-counted);
    }

    @Property
    void businessDaysBetweenAddsUp(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate a,
            @ForAll @IntRange(min = -2000, max = 2000) int toB,
            @ForAll @IntRange(min = -2000, max = 2000) int toC) {
        LocalDate b = a.plusDays(toB);
        LocalDate c = a.plusDays(toC);
        assertThat(calendar.businessDaysBetween(a, b) + calendar.businessDaysBetween(b, c))
                .isEqualTo(calendar.businessDaysBetween(a, c));
    }

    @Property
    void nextAndPreviousBusinessDaysLeaveNoBusinessDayBetween(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("dates") LocalDate date) {
        LocalDate next = calendar.nextBusinessDay(date);
        LocalDate previous = calendar.previousBusinessDay(date);
        assertThat(next).isEqualTo(calendar.plusBusinessDays(date, 1)).isAfter(date);
        assertThat(previous).isEqualTo(calendar.plusBusinessDays(date, -1)).isBefore(date);
        assertThat(calendar.businessDaysBetween(date.plusDays(1), next)).isZero();
        assertThat(calendar.businessDaysBetween(previous.plusDays(1), date)).isZero();
    }

    @Property
    void plusBusinessDaysKeepsTheOrderOfDates(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 30) int later,
            @ForAll @IntRange(min = -500, max = 500) int days) {
        assertThat(calendar.plusBusinessDays(date, days))
                .isBeforeOrEqualTo(calendar.plusBusinessDays(date.plusDays(later), days));
    }

    @Property
    void closuresOnlyRemoveBusinessDays(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 0, max = 900) int span) {
        BusinessCalendar territory =
                BusinessCalendar.forDepartement(departementOf(calendar)).withWorkingWeek(calendar.workingWeek());
        LocalDate end = start.plusDays(span);
        Set<LocalDate> closedWorkingDays = new HashSet<>();
        calendar.closures().keySet().stream()
                .filter(day -> !day.isBefore(start) && day.isBefore(end))
                .filter(day -> territory.isBusinessDay(day))
                .forEach(closedWorkingDays::add);
        assertThat(calendar.businessDaysBetween(start, end))
                .isEqualTo(territory.businessDaysBetween(start, end) - closedWorkingDays.size());
    }

    private static String departementOf(BusinessCalendar calendar) {
        return switch (calendar.name()) {
            case "France" -> "75";
            case "Alsace-Moselle" -> "57";
            case "Guadeloupe" -> "971";
            case "Martinique" -> "972";
            case "Guyane" -> "973";
            case "La Réunion" -> "974";
            case "Mayotte" -> "976";
            case "Saint-Barthélemy" -> "977";
            case "Saint-Martin" -> "978";
            default -> throw new AssertionError(calendar.name());
        };
    }
}
