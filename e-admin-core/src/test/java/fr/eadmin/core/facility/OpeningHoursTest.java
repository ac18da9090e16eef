package fr.eadmin.core.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.eadmin.core.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningHoursTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * A schedule that puts ranges across the hours the clocks change: on Sundays 02:30-04:00 opens when the clocks
     * jump in spring and twice in autumn; on 25 October 2026, 01:00-02:15 opens again when the clocks go back.
     */
    private static final String TRICKY = "Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00,23:00-24:00;"
            + " Su 00:00-00:30,01:00-01:45,02:30-04:00; PH off; 2026 Mar 31 10:00-11:00;"
            + " 2026 Oct 25 01:00-02:15,10:00-12:00; 2026 Nov 02 off";

    /** The expected schedule, written independently of the parser: minute tables per day. */
    private static boolean[] minutes(String... ranges) {
        boolean[] open = new boolean[1440];
        for (String range : ranges) {
            int from = Integer.parseInt(range.substring(0, 2)) * 60 + Integer.parseInt(range.substring(3, 5));
            int to = Integer.parseInt(range.substring(6, 8)) * 60 + Integer.parseInt(range.substring(9, 11));
            for (int m = from; m < to; m++) {
                open[m] = true;
            }
        }
        return open;
    }

    private static final Map<DayOfWeek, boolean[]> WEEK = new HashMap<>();
    private static final Map<LocalDate, boolean[]> DATED = new HashMap<>();
    private static final Set<LocalDate> HOLIDAYS_2026 =
            Set.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11));

    static {
        boolean[] weekday = minutes("08:30-12:00", "13:30-17:30");
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            WEEK.put(d, weekday);
        }
        WEEK.put(DayOfWeek.SATURDAY, minutes("09:00-12:00", "23:00-24:00"));
        WEEK.put(DayOfWeek.SUNDAY, minutes("00:00-00:30", "01:00-01:45", "02:30-04:00"));
        DATED.put(LocalDate.of(2026, 10, 25), minutes("01:00-02:15", "10:00-12:00"));
        DATED.put(LocalDate.of(2026, 11, 2), minutes());
        DATED.put(LocalDate.of(2026, 3, 31), minutes("10:00-11:00"));
    }

    private static boolean expectedOpen(Instant instant) {
        var local = instant.atZone(PARIS).toLocalDateTime();
        LocalDate date = local.toLocalDate();
        boolean[] day = DATED.containsKey(date)
                ? DATED.get(date)
                : HOLIDAYS_2026.contains(date) ? minutes() : WEEK.get(date.getDayOfWeek());
        return day[local.getHour() * 60 + local.getMinute()];
    }

    @Test
    void readsTheFrenchOpenDataExample() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off");

        assertThat(hours.on(DayOfWeek.WEDNESDAY))
                .containsExactly(
                        TimeRange.of(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        TimeRange.of(LocalTime.of(13, 30), LocalTime.of(17, 30)));
        assertThat(hours.on(DayOfWeek.SATURDAY)).containsExactly(TimeRange.parse("09:00-12:00"));
        assertThat(hours.on(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(hours.closedOnPublicHolidays()).isTrue();
        assertThat(hours.format()).isEqualTo("Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off");
    }

    @Test
    void laterRulesReplaceEarlierOnesForTheirDays() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-18:00; We off; Fr 08:00-12:00");

        assertThat(hours.on(DayOfWeek.WEDNESDAY)).isEmpty();
        assertThat(hours.on(DayOfWeek.FRIDAY)).containsExactly(TimeRange.parse("08:00-12:00"));
        assertThat(hours.format()).isEqualTo("Mo,Tu,Th 08:00-18:00; Fr 08:00-12:00");
        assertThat(OpeningHours.parse("Fr-Mo 10:00-12:00").week().keySet())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(OpeningHours.parse("24/7").format()).isEqualTo("Mo-Su 00:00-24:00");
        assertThat(OpeningHours.parse("off; 2026 Dec 24 09:00-12:00").format())
                .isEqualTo("off; 2026 Dec 24 09:00-12:00");
    }

    @Test
    void writesDatedExceptionsInDateOrder() {
        OpeningHours hours = OpeningHours.builder()
                .between(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, TimeRange.parse("09:00-17:00"))
                .closedOnPublicHolidays(true)
                .specialHours(LocalDate.of(2026, 12, 31), TimeRange.parse("09:00-12:00"))
                .closedOn(LocalDate.of(2026, 12, 24))
                .build();

        assertThat(hours.format()).isEqualTo("Mo-Fr 09:00-17:00; PH off; 2026 Dec 24 off; 2026 Dec 31 09:00-12:00");
        assertThat(OpeningHours.parse(hours.format())).isEqualTo(hours);
    }

    @Test
    void isOpenAtAgreesWithAMinuteByMinuteEvaluationAcrossBothClockChangesAndHolidays() {
        OpeningHours hours = OpeningHours.parse(TRICKY);
        // Spring: summer time starts Sunday 29 March 2026; Easter Monday is 6 April.
        // Autumn: summer time ends Sunday 25 October 2026; Toussaint is Sunday 1 November, 2 November is closed.
        for (String[] window : new String[][] {
            {"2026-03-28T00:00:00Z", "2026-04-08T00:00:00Z"}, {"2026-10-24T00:00:00Z", "2026-11-04T00:00:00Z"}
        }) {
            Instant start = Instant.parse(window[0]);
            Instant end = Instant.parse(window[1]);
            int minutes = (int) java.time.Duration.between(start, end).toMinutes();
            boolean[] open = new boolean[minutes];
            for (int i = 0; i < minutes; i++) {
                Instant t = start.plusSeconds(60L * i);
                open[i] = expectedOpen(t);
                assertThat(hours.isOpenAt(t)).as("open at %s", t.atZone(PARIS)).isEqualTo(open[i]);
                assertThat(hours.isOpenAt(t.plusSeconds(59).atZone(ZoneId.of("UTC"))))
                        .as("open at %s", t.plusSeconds(59))
                        .isEqualTo(open[i]);
            }
            // The first open minute at or after each minute, by a backward scan.
            int next = -1;
            for (int i = minutes - 1; i >= 0; i--) {
                if (open[i]) {
                    next = i;
                }
                if (next < 0) {
                    continue;
                }
                ZonedDateTime from = start.plusSeconds(60L * i).atZone(PARIS);
                Optional<ZonedDateTime> found = hours.nextOpening(from);
                assertThat(found).as("next opening from %s", from).isPresent();
                assertThat(found.get().toInstant())
                        .as("next opening from %s", from)
                        .isEqualTo(start.plusSeconds(60L * next));
            }
        }
    }

    @Test
    void theSpringGapAndTheAutumnOverlapAreWallClockTime() {
        OpeningHours hours = OpeningHours.parse(TRICKY);

        // 29 March 2026: 02:00 does not exist; 02:30-04:00 opens when the clocks jump to 03:00.
        assertThat(hours.nextOpening(ZonedDateTime.parse("2026-03-29T00:40+01:00[Europe/Paris]")))
                .contains(ZonedDateTime.parse("2026-03-29T01:00+01:00[Europe/Paris]"));
        assertThat(hours.nextOpening(ZonedDateTime.parse("2026-03-29T01:50+01:00[Europe/Paris]")))
                .contains(ZonedDateTime.parse("2026-03-29T03:00+02:00[Europe/Paris]"));
        // 25 October 2026: 02:00 to 02:59 come twice; 01:00-02:15 opens again when the clocks go back to 02:00.
        assertThat(hours.isOpenAt(ZonedDateTime.parse("2026-10-25T02:10+02:00[Europe/Paris]")))
                .isTrue();
        assertThat(hours.nextOpening(ZonedDateTime.parse("2026-10-25T02:20+02:00[Europe/Paris]")))
                .contains(ZonedDateTime.parse("2026-10-25T02:00+01:00[Europe/Paris]"));
        assertThat(hours.isOpenAt(ZonedDateTime.parse("2026-10-25T02:20+01:00[Europe/Paris]")))
                .isFalse();
        // An ordinary Sunday: 02:30-04:00 is played twice when the clocks go back.
        OpeningHours sundays = OpeningHours.parse("Su 02:30-04:00");
        assertThat(sundays.nextOpening(ZonedDateTime.parse("2026-10-25T02:10+01:00[Europe/Paris]")))
                .contains(ZonedDateTime.parse("2026-10-25T02:30+01:00[Europe/Paris]"));
    }

    @Test
    void closesOnTheHolidaysOfItsOwnCalendar() {
        String text = "Mo-Sa 09:00-18:00; PH off";
        LocalDate vendrediSaint = LocalDate.of(2026, 4, 3);
        LocalDate saintEtienne = LocalDate.of(2026, 12, 26);

        OpeningHours aubagne = OpeningHours.parse(text);
        OpeningHours metz = OpeningHours.parse(text, BusinessCalendar.forDepartement("57"));

        assertThat(aubagne.rangesOn(vendrediSaint)).isNotEmpty();
        assertThat(aubagne.rangesOn(saintEtienne)).isNotEmpty();
        assertThat(metz.rangesOn(vendrediSaint)).isEmpty();
        assertThat(metz.closedAllDayReason(saintEtienne)).contains("fermé : Saint-Étienne (jour férié)");
        assertThat(metz.isOpenAt(ZonedDateTime.parse("2026-04-03T10:00+02:00[Europe/Paris]")))
                .isFalse();
        assertThat(aubagne.isOpenAt(ZonedDateTime.parse("2026-04-03T10:00+02:00[Europe/Paris]")))
                .isTrue();
        assertThat(metz).isNotEqualTo(aubagne);
        // Without PH off, a jour férié keeps the hours of its day of the week.
        assertThat(OpeningHours.parse("Mo-Sa 09:00-18:00").rangesOn(LocalDate.of(2026, 11, 11)))
                .isNotEmpty();
    }

    @Test
    void aDatedExceptionOverridesTheHoliday() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 09:00-17:00; PH off; 2026 Nov 11 10:00-12:00");

        assertThat(hours.isOpenAt(ZonedDateTime.parse("2026-11-11T11:00+01:00[Europe/Paris]")))
                .isTrue();
        assertThat(hours.isOpenAt(ZonedDateTime.parse("2026-11-11T09:30+01:00[Europe/Paris]")))
                .isFalse();
    }

    @Test
    void nextOpeningSkipsTheWeekendAndTheHolidayAndSaysWhenThereIsNone() {
        OpeningHours mairie = OpeningHours.parse("Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off");

        assertThat(mairie.nextOpening(ZonedDateTime.parse("2026-11-21T12:30+01:00[Europe/Paris]")))
                .contains(ZonedDateTime.parse("2026-11-23T08:30+01:00[Europe/Paris]"));
        assertThat(mairie.nextOpening(ZonedDateTime.parse("2026-11-10T17:30+01:00[Europe/Paris]")))
                .as("11 November is closed")
                .contains(ZonedDateTime.parse("2026-11-12T08:30+01:00[Europe/Paris]"));
        assertThat(mairie.nextOpening(ZonedDateTime.parse("2026-11-23T10:00:00Z")))
                .as("open now")
                .contains(ZonedDateTime.parse("2026-11-23T11:00+01:00[Europe/Paris]"));
        assertThat(mairie.nextOpening(ZonedDateTime.parse("2026-11-23T12:00+01:00[Europe/Paris]")))
                .contains(ZonedDateTime.parse("2026-11-23T13:30+01:00[Europe/Paris]"));

        OpeningHours oneDay = OpeningHours.parse("off; 2026 Dec 24 09:00-12:00");
        assertThat(oneDay.nextOpening(ZonedDateTime.parse("2026-01-01T00:00+01:00[Europe/Paris]")))
                .contains(ZonedDateTime.parse("2026-12-24T09:00+01:00[Europe/Paris]"));
        assertThat(oneDay.nextOpening(ZonedDateTime.parse("2026-12-24T12:00+01:00[Europe/Paris]")))
                .isEmpty();
    }

    @Test
    void isOpenDuringChecksTheWholeInterval() {
        OpeningHours salle = OpeningHours.parse("Mo-Fr 08:00-22:00; Sa 09:00-24:00; Su 00:00-01:00,09:00-19:00");

        assertThat(salle.isOpenDuring(
                        ZonedDateTime.parse("2026-11-28T18:00+01:00[Europe/Paris]"),
                        ZonedDateTime.parse("2026-11-29T01:00+01:00[Europe/Paris]")))
                .isTrue();
        assertThat(salle.isOpenDuring(
                        ZonedDateTime.parse("2026-11-28T18:00+01:00[Europe/Paris]"),
                        ZonedDateTime.parse("2026-11-29T01:01+01:00[Europe/Paris]")))
                .isFalse();
        assertThat(salle.isOpenDuring(
                        ZonedDateTime.parse("2026-11-27T21:00+01:00[Europe/Paris]"),
                        ZonedDateTime.parse("2026-11-27T22:00+01:00[Europe/Paris]")))
                .isTrue();
        assertThat(salle.firstClosing(
                        ZonedDateTime.parse("2026-11-28T19:00+01:00[Europe/Paris]"),
                        ZonedDateTime.parse("2026-11-29T02:00+01:00[Europe/Paris]")))
                .contains(ZonedDateTime.parse("2026-11-29T01:00+01:00[Europe/Paris]"));
        assertThat(salle.firstClosing(
                        ZonedDateTime.parse("2026-11-29T08:59:30+01:00[Europe/Paris]"),
                        ZonedDateTime.parse("2026-11-29T10:00+01:00[Europe/Paris]")))
                .contains(ZonedDateTime.parse("2026-11-29T08:59:30+01:00[Europe/Paris]"));
        assertThatThrownBy(() -> salle.isOpenDuring(
                        ZonedDateTime.parse("2026-11-27T21:00+01:00[Europe/Paris]"),
                        ZonedDateTime.parse("2026-11-27T21:00+01:00[Europe/Paris]")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|0|empty text",
                "Mo-Fr|5|expected a space after the weekdays",
                "Mo-Fr 08:30|11|expected '-' between the start and the end of a range",
                "Mo-Fr 8:30-12:00|6|expected a time HH:MM",
                "Mo-Fr 08:30-25:00|12|no such time: 25:00",
                "Mo-Fr 08:30-12:60|12|no such time: 12:60",
                "Mo-Fr 12:00-08:30|6|the range ends before it starts",
                "Mo-Fr 22:00-02:00|6|ranges over midnight are not supported",
                "Mo-Fr 24:00-24:00|6|a range cannot start at 24:00",
                "Mo-Fr 08:00-12:00,11:00-14:00|18|ranges overlap: 08:00-12:00 and 11:00-14:00",
                "Mo-Fr 13:00-14:00,08:00-13:30|18|ranges overlap: 08:00-13:30 and 13:00-14:00",
                "Mo-Fr 08:00-12:00 Sa 09:00-12:00|18|expected ';' between rules",
                "Mo-Fr 08:00-12:00;|18|empty rule after ';'",
                "Mo-Fr 08:00-12:00; ;|19|expected a rule",
                "Lu-Ve 08:00-12:00|0|unknown word 'Lu'",
                "Mo-Xy 08:00-12:00|3|unknown weekday 'Xy'",
                "Mo-Fr,PH 08:00-12:00|6|PH cannot be combined with weekdays",
                "PH 10:00-12:00|3|only 'PH off' is supported",
                "Mo-Fr open|6|expected time ranges such as 08:30-12:00, or off",
                "2026 Dez 24 off|5|expected a month",
                "2026 Feb 30 off|9|no such date: 2026 Feb 30",
                "26 Dec 24 off|0|expected a year of four digits",
                "2026 Dec 24|11|expected a space after the date",
                "Jan-Mar Mo-Fr 08:00-12:00|0|months and yearly dates are not supported",
                "sunrise-sunset|0|unknown word 'sunrise'",
                "Dec 24 off|0|a date needs its year",
                "mo-fr 08:00-12:00|0|weekdays are written Mo, Tu",
                "PH off; Mo-Fr 08:00-12:00|8|weekday rules (and off, 24/7) must come before 'PH off'",
                "2026 Dec 24 off; PH off|17|'PH off' must come before dated rules",
                "Mo-Fr 08:00-12:00; 2026 Dec 24 off; off|36|weekday rules (and off, 24/7) must come before dated",
            })
    void refusesMalformedTextSayingWhereAndWhy(String text, int position, String reason) {
        OpeningHoursSyntaxException e =
                catchThrowableOfType(() -> OpeningHours.parse(text), OpeningHoursSyntaxException.class);

        assertThat(e).as(text).isNotNull();
        assertThat(e.reason()).as(text).contains(reason);
        assertThat(e.position()).as(text + ": " + e.reason()).isEqualTo(position);
        assertThat(e.getMessage()).contains("at position " + position);
    }

    @Test
    void refusesOverlappingRangesBuiltInCode() {
        OpeningHours.Builder builder = OpeningHours.builder()
                .on(DayOfWeek.MONDAY, TimeRange.parse("08:00-12:00"), TimeRange.parse("11:59-13:00"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidFacilityException.class)
                .hasMessageContaining("horaires.MONDAY")
                .hasMessageContaining("ranges overlap");
        assertThatThrownBy(() -> TimeRange.of(LocalTime.NOON, LocalTime.of(8, 0)))
                .isInstanceOf(InvalidFacilityException.class);
        assertThatThrownBy(() -> TimeRange.parse("08:00-12:00 "))
                .isInstanceOf(OpeningHoursSyntaxException.class)
                .hasMessageContaining("position 11");
        assertThat(TimeRange.untilMidnight(LocalTime.of(18, 0)).toString()).isEqualTo("18:00-24:00");
    }
}
