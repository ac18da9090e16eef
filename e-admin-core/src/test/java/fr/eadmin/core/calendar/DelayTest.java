package fr.eadmin.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DelayTest {

    private static final BusinessCalendar FRANCE = BusinessCalendar.france();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @CsvSource({
        "2 mois, 2, MONTHS",
        "1 mois, 1, MONTHS",
        "15 jours ouvrés, 15, BUSINESS_DAYS",
        "1 jour ouvré, 1, BUSINESS_DAYS",
        "6 jours ouvrables, 6, BUSINESS_DAYS_WITH_SATURDAYS",
        "1 jour ouvrable, 1, BUSINESS_DAYS_WITH_SATURDAYS",
        "30 jours, 30, CALENDAR_DAYS",
        "1 jour, 1, CALENDAR_DAYS",
        "3 semaines, 3, WEEKS",
        "1 semaine, 1, WEEKS",
        "1 an, 1, YEARS",
        "2 ans, 2, YEARS"
    })
    void parsesAndFormatsFrenchDelays(String text, int amount, DelayUnit unit) {
        Delay delay = Delay.parse(text);
        assertThat(delay).isEqualTo(new Delay(amount, unit));
        assertThat(delay.amount()).isEqualTo(amount);
        assertThat(delay.unit()).isEqualTo(unit);
        assertThat(delay.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                " 2  MOIS | 2 mois",
                "2\u00A0mois | 2 mois",
                "2\u202Fmois | 2 mois",
                "2mois | 2 mois",
                "15 jours ouvres | 15 jours ouvrés",
                "15 Jours Ouvrés | 15 jours ouvrés",
                "2 jour ouvrés | 2 jours ouvrés",
                "1 jours ouvrable | 1 jour ouvrable",
                "2 jour calendaires | 2 jours",
                "1 mois | 1 mois",
                "30 jours calendaires | 30 jours",
                "1 jour calendaire | 1 jour",
                "1 année | 1 an",
                "3 annees | 3 ans",
                "007 jours | 7 jours",
                "99999 jours | 99999 jours"
            })
    void readsUsualSpellings(String text, String canonical) {
        assertThat(Delay.parse(text).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | expected a number in digits followed by a unit",
                "mois | expected a number in digits followed by a unit",
                "deux mois | expected a number in digits followed by a unit",
                "-2 mois | expected a number in digits followed by a unit",
                "2,5 mois | expected a number in digits followed by a unit",
                "2 mois. | expected a number in digits followed by a unit",
                "0 jours | the amount must be between 1 and 99999, got 0",
                "100000 jours | the amount must be between 1 and 99999",
                "2 heures | unknown unit",
                "2 mois et 3 jours | expected a number in digits followed by a unit",
                "2 mois et demi | unknown unit",
                "10 jours francs | jours francs are not supported",
                "1 jour franc | jours francs are not supported"
            })
    void refusesWhatIsNotADelay(String text, String reason) {
        assertThatThrownBy(() -> Delay.parse(text))
                .isInstanceOf(InvalidDelayException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void factoriesSayTheUnit() {
        assertThat(Delay.ofCalendarDays(30)).isEqualTo(new Delay(30, DelayUnit.CALENDAR_DAYS));
        assertThat(Delay.ofBusinessDays(15)).isEqualTo(new Delay(15, DelayUnit.BUSINESS_DAYS));
        assertThat(Delay.ofBusinessDaysWithSaturdays(6))
                .isEqualTo(new Delay(6, DelayUnit.BUSINESS_DAYS_WITH_SATURDAYS));
        assertThat(Delay.ofWeeks(3)).isEqualTo(new Delay(3, DelayUnit.WEEKS));
        assertThat(Delay.ofMonths(2)).isEqualTo(new Delay(2, DelayUnit.MONTHS));
        assertThat(Delay.ofYears(1)).isEqualTo(new Delay(1, DelayUnit.YEARS));
        assertThat(Delay.ofCalendarDays(14)).isNotEqualTo(Delay.ofWeeks(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_000, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesAmountsOutOfRange(int amount) {
        assertThatThrownBy(() -> Delay.ofMonths(amount))
                .isInstanceOf(InvalidDelayException.class)
                .hasMessageContaining("between 1 and 99999");
    }

    @ParameterizedTest
    @EnumSource(DelayUnit.class)
    void everyUnitRoundTrips(DelayUnit unit) {
        for (int amount : new int[] {1, 2, 10, 99_999}) {
            Delay delay = new Delay(amount, unit);
            assertThat(Delay.parse(delay.toString())).isEqualTo(delay);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // The day of the starting event is not counted.
        "10 jours, 2026-03-01, 2026-03-11",
        "1 jour, 2026-03-02, 2026-03-03",
        // Months run from date to date; a missing date falls back to the last day of the month.
        "2 mois, 2026-03-09, 2026-05-11", // 9 May 2026 is a Saturday
        "1 mois, 2024-01-31, 2024-02-29", // leap year
        "1 mois, 2025-01-31, 2025-02-28",
        "1 mois, 2026-01-31, 2026-03-02", // 28 February 2026 is a Saturday
        "2 mois, 2024-12-31, 2025-02-28",
        "3 mois, 2025-11-30, 2026-03-02", // 28 February 2026 is a Saturday, then Monday 2 March
        "1 mois, 2026-03-31, 2026-04-30",
        "1 an, 2024-02-29, 2025-02-28",
        "4 ans, 2024-02-29, 2028-02-29",
        // A 14 July on a Tuesday, then on a Saturday.
        "2 mois, 2026-05-14, 2026-07-15",
        "2 mois, 2029-05-14, 2029-07-16",
        // Weeks end on the same day of the week.
        "3 semaines, 2026-03-03, 2026-03-24",
        // Jours ouvrés skip weekends and holidays: 8 May, Ascension, lundi de Pentecôte.
        "15 jours ouvrés, 2026-05-04, 2026-05-28",
        "1 jour ouvré, 2026-03-07, 2026-03-09",
        // Jours ouvrables count Saturdays, but a delay ending on a Saturday is still extended.
        "6 jours ouvrables, 2026-05-04, 2026-05-12",
        "5 jours ouvrables, 2026-03-02, 2026-03-09"
    })
    void computesTheEndOfADelay(String delay, String start, String end) {
        assertThat(Delay.parse(delay).endFrom(date(start), FRANCE)).isEqualTo(date(end));
    }

    @ParameterizedTest
    @CsvSource({
        "2 mois, 2029-05-14, 2029-07-14",
        "1 mois, 2026-01-31, 2026-02-28",
        "5 jours ouvrables, 2026-03-02, 2026-03-07",
        "15 jours ouvrés, 2026-05-04, 2026-05-28",
        "10 jours, 2026-12-15, 2026-12-25"
    })
    void nominalExpiryKeepsTheLastDayEvenOnADayOff(String delay, String start, String end) {
        assertThat(Delay.parse(delay).endFrom(date(start), FRANCE, Expiry.NOMINAL))
                .isEqualTo(date(end));
    }

    @Test
    void extensionFollowsTheCalendarOfTheTerritory() {
        Delay tenDays = Delay.ofCalendarDays(10);
        LocalDate start = date("2025-12-16"); // ends Friday 26 December
        assertThat(tenDays.endFrom(start, FRANCE)).isEqualTo(date("2025-12-26"));
        assertThat(tenDays.endFrom(start, BusinessCalendar.alsaceMoselle())).isEqualTo(date("2025-12-29"));

        Delay oneMonth = Delay.ofMonths(1);
        // 22 May 2026 is a Friday, abolition day in Martinique; Monday 25 is the lundi de Pentecôte.
        assertThat(oneMonth.endFrom(date("2026-04-22"), FRANCE)).isEqualTo(date("2026-05-22"));
        assertThat(oneMonth.endFrom(date("2026-04-22"), BusinessCalendar.forDepartement("972")))
                .isEqualTo(date("2026-05-26"));
        assertThat(oneMonth.endFrom(date("2026-04-27"), BusinessCalendar.forDepartement("971")))
                .isEqualTo(date("2026-05-28"));
    }

    @Test
    void extensionSkipsClosureDays() {
        BusinessCalendar town = FRANCE.withClosure(date("2026-05-15"), "Pont de l'Ascension");
        assertThat(Delay.ofCalendarDays(2).endFrom(date("2026-05-13"), town)).isEqualTo(date("2026-05-18"));
        assertThat(Delay.ofBusinessDays(1).endFrom(date("2026-05-13"), town)).isEqualTo(date("2026-05-18"));
    }

    @Test
    void joursOuvresFollowTheWorkingWeekOfTheCalendar() {
        BusinessCalendar openOnSaturdays = FRANCE.withWorkingWeek(WorkingWeek.MONDAY_TO_SATURDAY);
        Delay fiveDays = Delay.ofBusinessDays(5);
        assertThat(fiveDays.endFrom(date("2026-03-02"), FRANCE)).isEqualTo(date("2026-03-09"));
        // Counted on Monday to Saturday, the fifth day is Saturday 7 March, extended to Monday by article 642.
        assertThat(fiveDays.endFrom(date("2026-03-02"), openOnSaturdays, Expiry.NOMINAL))
                .isEqualTo(date("2026-03-07"));
        assertThat(fiveDays.endFrom(date("2026-03-02"), openOnSaturdays)).isEqualTo(date("2026-03-09"));
        // Jours ouvrables are Monday to Saturday whatever the calendar's week.
        assertThat(Delay.ofBusinessDaysWithSaturdays(5).endFrom(date("2026-03-02"), FRANCE, Expiry.NOMINAL))
                .isEqualTo(date("2026-03-07"));
    }

    @Test
    void refusesDatesOutsideTheSupportedYears() {
        assertThatThrownBy(() -> Delay.ofMonths(2).endFrom(date("1500-01-01"), FRANCE))
                .isInstanceOf(UnsupportedYearException.class);
        assertThatThrownBy(() -> Delay.ofYears(2).endFrom(date("9999-01-01"), FRANCE, Expiry.NOMINAL))
                .isInstanceOf(UnsupportedYearException.class);
    }
}
