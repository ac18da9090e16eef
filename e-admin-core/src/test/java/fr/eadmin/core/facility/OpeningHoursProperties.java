package fr.eadmin.core.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of generated schedules: the text form reads back equal, and the queries agree with each other. */
class OpeningHoursProperties {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Property(tries = 500)
    void formatThenParseGivesBackTheSameSchedule(@ForAll("schedules") OpeningHours hours) {
        String text = hours.format();

        OpeningHours read = OpeningHours.parse(text);

        assertThat(read).as(text).isEqualTo(hours);
        assertThat(read.format()).isEqualTo(text);
    }

    @Property(tries = 150)
    void nextOpeningIsOpenAndNothingBeforeItIs(
            @ForAll("schedules") OpeningHours hours, @ForAll("instants") Instant from) {
        Optional<ZonedDateTime> next = hours.nextOpening(from.atZone(PARIS));

        if (next.isEmpty()) {
            // Never opens again: nothing within the next two weeks either.
            for (Instant t = from; t.isBefore(from.plusSeconds(14 * 86_400)); t = t.plusSeconds(60)) {
                assertThat(hours.isOpenAt(t)).isFalse();
            }
            return;
        }
        Instant opening = next.get().toInstant();
        assertThat(opening).isAfterOrEqualTo(from);
        assertThat(hours.isOpenAt(opening)).isTrue();
        // Checked minute by minute when the wait is shorter than ten days.
        if (opening.isBefore(from.plusSeconds(10 * 86_400))) {
            for (Instant t = from; t.isBefore(opening); t = nextMinute(t)) {
                assertThat(hours.isOpenAt(t))
                        .as("open at %s before %s", t, opening)
                        .isFalse();
            }
        }
    }

    private static Instant nextMinute(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(60);
    }

    @Provide
    Arbitrary<Instant> instants() {
        // 2026 and 2027, both clock changes included, to the second.
        long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        long end = Instant.parse("2027-12-31T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(start, end).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<OpeningHours> schedules() {
        Arbitrary<List<List<TimeRange>>> week = dayRanges().list().ofSize(7);
        Arbitrary<List<LocalDate>> dates = Arbitraries.integers()
                .between(0, 2 * 365)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d))
                .list()
                .ofMaxSize(4);
        Arbitrary<List<List<TimeRange>>> datedRanges = dayRanges().list().ofSize(4);
        Arbitrary<Boolean> ph = Arbitraries.of(true, false);
        return Combinators.combine(week, ph, dates, datedRanges).as((days, closedOnPh, exceptionDates, ranges) -> {
            OpeningHours.Builder builder = OpeningHours.builder().closedOnPublicHolidays(closedOnPh);
            for (DayOfWeek day : DayOfWeek.values()) {
                builder.on(day, days.get(day.getValue() - 1).toArray(TimeRange[]::new));
            }
            for (int i = 0; i < exceptionDates.size(); i++) {
                List<TimeRange> r = ranges.get(i);
                if (r.isEmpty()) {
                    builder.closedOn(exceptionDates.get(i));
                } else {
                    builder.specialHours(exceptionDates.get(i), r.toArray(TimeRange[]::new));
                }
            }
            return builder.build();
        });
    }

    /** Zero to three ranges of a day, not overlapping: sorted distinct bounds from 0 to 1440 taken in pairs. */
    private static Arbitrary<List<TimeRange>> dayRanges() {
        Arbitrary<Integer> bound = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 48).map(h -> h * 30)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, TimeRange.MINUTES_PER_DAY)));
        return bound.set().ofMaxSize(6).map(set -> {
            List<Integer> sorted = new ArrayList<>(set);
            sorted.sort(null);
            List<TimeRange> ranges = new ArrayList<>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                ranges.add(new TimeRange(sorted.get(i), sorted.get(i + 1)));
            }
            return ranges;
        });
    }
}
