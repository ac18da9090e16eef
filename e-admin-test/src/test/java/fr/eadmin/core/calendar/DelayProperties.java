package fr.eadmin.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.test.arbitraries.CalendarArbitraries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DelayProperties {

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return CalendarArbitraries.dates();
    }

    @Provide
    Arbitrary<Delay> delays() {
        return CalendarArbitraries.delays();
    }

    private static boolean isDayOff(BusinessCalendar calendar, LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || calendar.isHoliday(day)
                || calendar.closures().containsKey(day);
    }

    @Property
    void theFrenchFormReadsBack(@ForAll("delays") Delay delay) {
        assertThat(Delay.parse(delay.toString())).isEqualTo(delay);
        assertThat(Delay.parse(delay.toString().toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(delay);
    }

    @Property
    void theEndIsAfterTheStartAndExtendedOnlyOverDaysOff(
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate start) {
        LocalDate nominal = delay.endFrom(start, calendar, Expiry.NOMINAL);
        LocalDate extended = delay.endFrom(start, calendar);
        assertThat(nominal).isAfter(start);
        assertThat(extended).isAfterOrEqualTo(nominal);
        assertThat(isDayOff(calendar, extended)).isFalse();
        for (LocalDate day = nominal; day.isBefore(extended); day = day.plusDays(1)) {
            assertThat(isDayOff(calendar, day)).as("%s is a day off", day).isTrue();
        }
    }

    @Property
    void theNominalEndCountsExactlyTheDelay(
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate start) {
        LocalDate end = delay.endFrom(start, calendar, Expiry.NOMINAL);
        int amount = delay.amount();
        switch (delay.unit()) {
            case CALENDAR_DAYS ->
                assertThat(ChronoUnit.DAYS.between(start, end)).isEqualTo(amount);
            case WEEKS -> assertThat(ChronoUnit.DAYS.between(start, end)).isEqualTo(7L * amount);
            case MONTHS -> {
                assertThat(ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)))
                        .isEqualTo(amount);
                assertThat(end.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), end.lengthOfMonth()));
            }
            case YEARS -> {
                assertThat(end.getYear() - start.getYear()).isEqualTo(amount);
                assertThat(end.getMonth()).isEqualTo(start.getMonth());
                assertThat(end.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), end.lengthOfMonth()));
            }
            case BUSINESS_DAYS, BUSINESS_DAYS_WITH_SATURDAYS -> {
                BusinessCalendar counting = delay.unit() == DelayUnit.BUSINESS_DAYS
                        ? calendar
                        : calendar.withWorkingWeek(WorkingWeek.MONDAY_TO_SATURDAY);
                assertThat(counting.isBusinessDay(end)).isTrue();
                assertThat(counting.businessDaysBetween(start.plusDays(1), end.plusDays(1)))
                        .isEqualTo(amount);
            }
        }
    }

    @Property
    void aLaterStartNeverEndsEarlier(
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int later) {
        assertThat(delay.endFrom(start, calendar)).isBeforeOrEqualTo(delay.endFrom(start.plusDays(later), calendar));
        assertThat(delay.endFrom(start, calendar, Expiry.NOMINAL))
                .isBeforeOrEqualTo(delay.endFrom(start.plusDays(later), calendar, Expiry.NOMINAL));
    }

    @Property
    void aLongerDelayNeverEndsEarlier(
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate start) {
        Delay longer = new Delay(delay.amount() + 1, delay.unit());
        assertThat(longer.endFrom(start, calendar)).isAfterOrEqualTo(delay.endFrom(start, calendar));
        assertThat(longer.endFrom(start, calendar, Expiry.NOMINAL))
                .isAfter(delay.endFrom(start, calendar, Expiry.NOMINAL));
    }
}
