package fr.eadmin.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import fr.eadmin.core.identifier.CodeInsee;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessCalendarTest {

    private static final BusinessCalendar FRANCE = BusinessCalendar.france();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @CsvSource({
        "1583, 1583-04-10", // first supported year
        "1818, 1818-03-22", // earliest possible date
        "1943, 1943-04-25", // latest possible date
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25", // latest date this century
        "2285, 2285-03-22" // next earliest date
    })
    void computesEasterSunday(int year, String easter) {
        assertThat(BusinessCalendar.easterSunday(Year.of(year))).isEqualTo(date(easter));
    }

    @Test
    void listsTheElevenJoursFeriesOfMetropolitanFrance() {
        assertThat(FRANCE.holidays(Year.of(2026)))
                .containsExactly(
                        entry(date("2026-01-01"), "Jour de l'an"),
                        entry(date("2026-04-06"), "Lundi de Pâques"),
                        entry(date("2026-05-01"), "Fête du Travail"),
                        entry(date("2026-05-08"), "Victoire 1945"),
                        entry(date("2026-05-14"), "Ascension"),
                        entry(date("2026-05-25"), "Lundi de Pentecôte"),
                        entry(date("2026-07-14"), "Fête nationale"),
                        entry(date("2026-08-15"), "Assomption"),
                        entry(date("2026-11-01"), "Toussaint"),
                        entry(date("2026-11-11"), "Armistice 1918"),
                        entry(date("2026-12-25"), "Noël"));
    }

    @Test
    void joinsTheNamesOfHolidaysFallingOnTheSameDay() {
        // Easter 2008 was on 23 March, so the Ascension fell on 1 May.
        assertThat(FRANCE.holidays(Year.of(2008)))
                .hasSize(10)
                .containsEntry(date("2008-05-01"), "Fête du Travail et Ascension");
        // Easter 2019 on 21 April put the lundi de Pentecôte on 10 June, the abolition day of Guyane.
        assertThat(BusinessCalendar.forDepartement("973").holidayName(date("2019-06-10")))
                .contains("Lundi de Pentecôte et Abolition de l'esclavage");
    }

    @Test
    void easterBasedHolidaysFollowEaster() {
        assertThat(FRANCE.holidays(Year.of(2024)))
                .containsEntry(date("2024-04-01"), "Lundi de Pâques")
                .containsEntry(date("2024-05-09"), "Ascension")
                .containsEntry(date("2024-05-20"), "Lundi de Pentecôte");
        assertThat(FRANCE.holidays(Year.of(2038)))
                .containsEntry(date("2038-04-26"), "Lundi de Pâques")
                .containsEntry(date("2038-06-03"), "Ascension")
                .containsEntry(date("2038-06-14"), "Lundi de Pentecôte");
        assertThat(FRANCE.holidays(Year.of(2285)))
                .containsEntry(date("2285-03-23"), "Lundi de Pâques")
                .containsEntry(date("2285-04-30"), "Ascension")
                .containsEntry(date("2285-05-11"), "Lundi de Pentecôte");
    }

    @Test
    void alsaceMoselleAddsVendrediSaintAndSaintEtienne() {
        BusinessCalendar alsace = BusinessCalendar.alsaceMoselle();
        assertThat(alsace.holidays(Year.of(2026)))
                .hasSize(13)
                .containsAllEntriesOf(FRANCE.holidays(Year.of(2026)))
                .containsEntry(date("2026-04-03"), "Vendredi saint")
                .containsEntry(date("2026-12-26"), "Saint-Étienne");
        assertThat(alsace.holidayName(date("2025-04-18"))).contains("Vendredi saint");
        assertThat(FRANCE.isHoliday(date("2025-04-18"))).isFalse();
        assertThat(alsace.isBusinessDay(date("2025-12-26"))).isFalse();
        assertThat(FRANCE.isBusinessDay(date("2025-12-26"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "971, Guadeloupe, 2026-05-27",
        "972, Martinique, 2026-05-22",
        "973, Guyane, 2026-06-10",
        "974, La Réunion, 2026-12-20",
        "976, Mayotte, 2026-04-27",
        "977, Saint-Barthélemy, 2026-10-09",
        "978, Saint-Martin, 2026-05-28"
    })
    void overseasDepartmentsAddTheirAbolitionDay(String code, String name, String abolition) {
        BusinessCalendar calendar = BusinessCalendar.forDepartement(code);
        assertThat(calendar.name()).isEqualTo(name);
        assertThat(calendar.holidays(Year.of(2026)))
                .hasSize(12)
                .containsAllEntriesOf(FRANCE.holidays(Year.of(2026)))
                .containsEntry(date(abolition), "Abolition de l'esclavage");
    }

    @Test
    void abolitionDaysAreNotHolidaysInMetropolitanFrance() {
        assertThat(FRANCE.isHoliday(date("2026-05-27"))).isFalse();
        assertThat(BusinessCalendar.forDepartement("971").isHoliday(date("2026-05-22")))
                .isFalse();
        assertThat(BusinessCalendar.forDepartement("978").isHoliday(date("2026-05-27")))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"57", "67", "68", " 57 "})
    void alsaceMoselleDepartments(String code) {
        assertThat(BusinessCalendar.forDepartement(code)).isSameAs(BusinessCalendar.alsaceMoselle());
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "19", "21", "75", "76", "95", "2A", "2B", "2a", " 2b", "975"})
    void otherDepartmentsHaveTheCalendarOfFrance(String code) {
        assertThat(BusinessCalendar.forDepartement(code)).isSameAs(FRANCE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "0", "5", "00", "20", "96", "99", "2C", "970", "979", "980", "985", "075", "ABC", "971 2"})
    void refusesCodesThatAreNotDepartments(String code) {
        assertThatThrownBy(() -> BusinessCalendar.forDepartement(code))
                .isInstanceOf(UnsupportedDepartementException.class)
                .hasMessageContaining("expected 01 to 95")
                .extracting(e -> ((UnsupportedDepartementException) e).code())
                .isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
        "984, Terres australes et antarctiques françaises",
        "986, Wallis-et-Futuna",
        "987, Polynésie française",
        "988, Nouvelle-Calédonie",
        "989, Clipperton"
    })
    void refusesCollectivitesWhereTheCodeDuTravailDoesNotApply(String code, String territory) {
        assertThatThrownBy(() -> BusinessCalendar.forDepartement(code))
                .isInstanceOf(UnsupportedDepartementException.class)
                .hasMessageContaining(territory)
                .hasMessageContaining("Code du travail do not apply");
    }

    @Test
    void doesNotQuoteInputThatIsNotACode() {
        assertThatThrownBy(() -> BusinessCalendar.forDepartement("jean.dupont@example.fr"))
                .isInstanceOf(UnsupportedDepartementException.class)
                .message()
                .doesNotContain("dupont");
    }

    @Test
    void findsTheCalendarOfACommune() {
        assertThat(BusinessCalendar.forCommune(CodeInsee.parse("57463"))).isSameAs(BusinessCalendar.alsaceMoselle());
        assertThat(BusinessCalendar.forCommune(CodeInsee.parse("97105")).name()).isEqualTo("Guadeloupe");
        assertThat(BusinessCalendar.forCommune(CodeInsee.parse("75101"))).isSameAs(FRANCE);
        assertThatThrownBy(() -> BusinessCalendar.forCommune(CodeInsee.parse("98818")))
                .isInstanceOf(UnsupportedDepartementException.class);
    }

    @Test
    void aHolidayOnASaturdayIsStillAHoliday() {
        LocalDate saturday = date("2029-07-14");
        assertThat(FRANCE.isHoliday(saturday)).isTrue();
        assertThat(FRANCE.isBusinessDay(saturday)).isFalse();
        assertThat(FRANCE.withWorkingWeek(WorkingWeek.MONDAY_TO_SATURDAY).isBusinessDay(saturday))
                .isFalse();
    }

    @Test
    void businessDaysAreWeekdaysOutsideHolidays() {
        assertThat(FRANCE.isBusinessDay(date("2026-03-02"))).isTrue(); // Monday
        assertThat(FRANCE.isBusinessDay(date("2026-03-07"))).isFalse(); // Saturday
        assertThat(FRANCE.isBusinessDay(date("2026-03-08"))).isFalse(); // Sunday
        assertThat(FRANCE.isBusinessDay(date("2026-05-25"))).isFalse(); // Lundi de Pentecôte
        assertThat(FRANCE.isHoliday(date("2026-03-07"))).isFalse();
    }

    @Test
    void joursOuvrablesIncludeSaturdays() {
        BusinessCalendar ouvrables = FRANCE.withWorkingWeek(WorkingWeek.MONDAY_TO_SATURDAY);
        assertThat(ouvrables.workingWeek()).isEqualTo(WorkingWeek.MONDAY_TO_SATURDAY);
        assertThat(ouvrables.isBusinessDay(date("2026-03-07"))).isTrue();
        assertThat(ouvrables.isBusinessDay(date("2026-03-08"))).isFalse();
        assertThat(ouvrables.plusBusinessDays(date("2026-03-06"), 1)).isEqualTo(date("2026-03-07"));
        assertThat(ouvrables.businessDaysBetween(date("2026-03-02"), date("2026-03-09")))
                .isEqualTo(6);
        assertThat(ouvrables.withWorkingWeek(WorkingWeek.MONDAY_TO_FRIDAY)).isEqualTo(FRANCE);
        assertThat(FRANCE.withWorkingWeek(WorkingWeek.MONDAY_TO_FRIDAY)).isSameAs(FRANCE);
    }

    @Test
    void closuresAreNeitherBusinessDaysNorHolidays() {
        LocalDate pont = date("2026-05-15");
        BusinessCalendar town = FRANCE.withClosure(pont, " Pont de l'Ascension ");
        assertThat(town.isBusinessDay(pont)).isFalse();
        assertThat(town.isHoliday(pont)).isFalse();
        assertThat(town.holidays(Year.of(2026))).isEqualTo(FRANCE.holidays(Year.of(2026)));
        assertThat(town.closures()).containsExactly(entry(pont, "Pont de l'Ascension"));
        assertThat(town.name()).isEqualTo("France");
        assertThat(FRANCE.isBusinessDay(pont)).isTrue();
        assertThat(FRANCE.closures()).isEmpty();
        assertThat(town).isNotEqualTo(FRANCE);
    }

    @Test
    void addsSeveralClosuresAndReplacesTheReasonOfARepeatedDate() {
        BusinessCalendar town = FRANCE.withClosures(Map.of(
                        date("2026-08-17"), "Fermeture estivale",
                        date("2026-08-18"), "Fermeture estivale"))
                .withClosure(date("2026-08-17"), "Fête locale");
        assertThat(town.closures())
                .containsExactly(
                        entry(date("2026-08-17"), "Fête locale"), entry(date("2026-08-18"), "Fermeture estivale"));
        assertThat(town.plusBusinessDays(date("2026-08-14"), 1)).isEqualTo(date("2026-08-19"));
        assertThat(FRANCE.withClosures(Map.of())).isSameAs(FRANCE);
    }

    @Test
    void refusesABlankClosureReasonOrAnUnsupportedYear() {
        assertThatThrownBy(() -> FRANCE.withClosure(date("2026-08-17"), "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> FRANCE.withClosure(date("1500-08-17"), "Fête"))
                .isInstanceOf(UnsupportedYearException.class)
                .hasMessageContaining("1500");
    }

    @Test
    void theClosuresMapCannotBeChanged() {
        BusinessCalendar town = FRANCE.withClosure(date("2026-08-17"), "Fermeture estivale");
        assertThatThrownBy(() -> town.closures().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> town.holidays(Year.of(2026)).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-05-13, 1, 2026-05-15", // Wednesday, Ascension on Thursday
        "2026-03-06, 1, 2026-03-09", // Friday to Monday
        "2026-03-07, 1, 2026-03-09", // from a Saturday: Monday is the first business day after it
        "2026-03-07, 2, 2026-03-10",
        "2025-12-19, 5, 2025-12-29", // across Noël
        "2026-03-02, 5, 2026-03-09",
        "2026-03-02, 0, 2026-03-02", // zero: the date itself when it is a business day
        "2026-03-07, 0, 2026-03-09", // zero: the next business day otherwise
        "2026-04-07, -1, 2026-04-03", // back over the lundi de Pâques and the weekend
        "2026-03-09, -5, 2026-03-02",
        "2026-03-08, -1, 2026-03-06", // from a Sunday back to Friday
        "2026-01-02, 252, 2027-01-04", // 2026 has 252 business days
        "2027-01-04, -252, 2026-01-02"
    })
    void movesByBusinessDays(String from, int days, String expected) {
        assertThat(FRANCE.plusBusinessDays(date(from), days)).isEqualTo(date(expected));
    }

    @Test
    void alsaceMoselleCountsItsOwnHolidays() {
        BusinessCalendar alsace = BusinessCalendar.alsaceMoselle();
        assertThat(alsace.plusBusinessDays(date("2025-12-19"), 5)).isEqualTo(date("2025-12-30"));
        assertThat(alsace.plusBusinessDays(date("2026-04-07"), -1)).isEqualTo(date("2026-04-02"));
    }

    @Test
    void closuresMoveBusinessDays() {
        BusinessCalendar town = FRANCE.withClosure(date("2026-05-15"), "Pont de l'Ascension");
        assertThat(town.plusBusinessDays(date("2026-05-13"), 1)).isEqualTo(date("2026-05-18"));
        assertThat(town.nextBusinessDay(date("2026-05-13"))).isEqualTo(date("2026-05-18"));
        assertThat(town.previousBusinessDay(date("2026-05-18"))).isEqualTo(date("2026-05-13"));
        assertThat(town.businessDaysBetween(date("2026-05-11"), date("2026-05-18")))
                .isEqualTo(3);
    }

    @Test
    void countsBusinessDaysFromStartInclusiveToEndExclusive() {
        assertThat(FRANCE.businessDaysBetween(date("2026-01-01"), date("2027-01-01")))
                .isEqualTo(252);
        assertThat(FRANCE.businessDaysBetween(date("2026-03-02"), date("2026-03-02")))
                .isZero();
        assertThat(FRANCE.businessDaysBetween(date("2026-03-02"), date("2026-03-03")))
                .isEqualTo(1);
        assertThat(FRANCE.businessDaysBetween(date("2026-03-07"), date("2026-03-09")))
                .isZero();
        assertThat(FRANCE.businessDaysBetween(date("2026-03-09"), date("2026-03-02")))
                .isEqualTo(-5);
        // Across several years: 2024 (leap, 252 business days) and 2025 (251).
        assertThat(FRANCE.businessDaysBetween(date("2024-01-01"), date("2026-01-01")))
                .isEqualTo(252 + 251);
    }

    @Test
    void nextAndPreviousBusinessDaysAreStrict() {
        assertThat(FRANCE.nextBusinessDay(date("2026-03-02"))).isEqualTo(date("2026-03-03"));
        assertThat(FRANCE.nextBusinessDay(date("2026-12-24"))).isEqualTo(date("2026-12-28"));
        assertThat(FRANCE.previousBusinessDay(date("2026-03-02"))).isEqualTo(date("2026-02-27"));
        assertThat(FRANCE.previousBusinessDay(date("2026-01-02"))).isEqualTo(date("2025-12-31"));
    }

    @Test
    void refusesYearsOutsideTheSupportedRange() {
        assertThatThrownBy(() -> FRANCE.isBusinessDay(date("1582-12-31")))
                .isInstanceOf(UnsupportedYearException.class)
                .hasMessageContaining("1582")
                .extracting(e -> ((UnsupportedYearException) e).year())
                .isEqualTo(1582);
        assertThatThrownBy(() -> BusinessCalendar.easterSunday(Year.of(10000)))
                .isInstanceOf(UnsupportedYearException.class);
        assertThatThrownBy(() -> FRANCE.holidays(Year.of(1000))).isInstanceOf(UnsupportedYearException.class);
        assertThatThrownBy(() -> FRANCE.plusBusinessDays(date("9999-12-30"), 5))
                .isInstanceOf(UnsupportedYearException.class);
        assertThatThrownBy(() -> FRANCE.businessDaysBetween(date("2026-01-01"), LocalDate.of(10000, 1, 1)))
                .isInstanceOf(UnsupportedYearException.class);
        assertThat(FRANCE.isBusinessDay(date("1583-01-03"))).isTrue();
        assertThatThrownBy(() -> FRANCE.plusBusinessDays(date("1583-01-03"), -1))
                .isInstanceOf(UnsupportedYearException.class);
        assertThat(FRANCE.isBusinessDay(date("9999-12-31"))).isTrue();
    }

    @Test
    void equalCalendarsHaveTheSameRulesClosuresAndWeek() {
        LocalDate pont = date("2026-05-15");
        assertThat(FRANCE.withClosure(pont, "Pont"))
                .isEqualTo(FRANCE.withClosure(pont, "Pont"))
                .hasSameHashCodeAs(FRANCE.withClosure(pont, "Pont"))
                .isNotEqualTo(FRANCE.withClosure(pont, "Pont de l'Ascension"));
        assertThat(FRANCE).isNotEqualTo(BusinessCalendar.alsaceMoselle());
        assertThat(FRANCE).isNotEqualTo(FRANCE.withWorkingWeek(WorkingWeek.MONDAY_TO_SATURDAY));
        assertThat(FRANCE.withClosure(pont, "Pont").toString())
                .isEqualTo("BusinessCalendar[France, MONDAY_TO_FRIDAY, closures=1]");
    }
}
