package fr.eadmin.archive.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RetentionScheduleProperties {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Property(tries = 500)
    void aRecordIsDueExactlyFromItsStartPlusTheDuaInParis(
            @ForAll @IntRange(min = 0, max = 20_000) int startDay,
            @ForAll @IntRange(min = 0, max = 30) int years,
            @ForAll @IntRange(min = 0, max = 11) int months,
            @ForAll @IntRange(min = 0, max = 25_000) int todayDay,
            @ForAll @IntRange(min = 0, max = 1439) int minuteOfDay,
            @ForAll FinalFate fate,
            @ForAll StartEvent event) {
        LocalDate start = LocalDate.of(2000, 1, 1).plusDays(startDay);
        LocalDate today = LocalDate.of(2000, 1, 1).plusDays(todayDay);
        Period dua = Period.of(years, months, 0);
        RetentionRule rule = new RetentionRule("R", "r", dua, event, fate);
        RetentionReferential referential = RetentionReferential.of(List.of(rule), Map.of("t", "R"));
        Clock clock = Clock.fixed(
                today.atTime(LocalTime.ofSecondOfDay(minuteOfDay * 60L))
                        .atZone(PARIS)
                        .toInstant(),
                PARIS);
        ClosedRecord record = new ClosedRecord("demande", "d", "t", Map.of(event, start));

        RetentionAssessment assessment =
                RetentionSchedule.of(referential, clock).assess(List.of(record));

        boolean due = !today.isBefore(start.plus(dua));
        assertThat(assessment.due()).hasSize(due ? 1 : 0);
        assertThat(assessment.pending()).hasSize(due ? 0 : 1);
        assertThat(assessment.due(fate)).hasSize(due ? 1 : 0);
        assertThat(assessment.unassigned()).isEmpty();
    }
}
