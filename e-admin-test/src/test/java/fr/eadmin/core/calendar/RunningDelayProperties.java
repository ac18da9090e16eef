package fr.eadmin.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.test.arbitraries.CalendarArbitraries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;

class RunningDelayProperties {

    /** A suspension given relative to the start: it begins {@code offset} days after it and lasts {@code length}. */
    record Relative(int offset, @Nullable Integer length) {
        Suspension at(LocalDate start) {
            LocalDate from = start.plusDays(offset);
            return length == null ? Suspension.openFrom(from) : Suspension.between(from, from.plusDays(length));
        }
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<LocalDate> starts() {
        return CalendarArbitraries.between(
                LocalDate.of(CalendarArbitraries.BUSY_FROM, 1, 1), LocalDate.of(CalendarArbitraries.BUSY_TO, 12, 31));
    }

    @Provide
    Arbitrary<Delay> delays() {
        return CalendarArbitraries.delays();
    }

    @Provide
    Arbitrary<Relative> closedSuspensions() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(0, 60))
                .as(Relative::new);
    }

    @Provide
    Arbitrary<Relative> anySuspensions() {
        Arbitrary<Relative> open = Arbitraries.integers().between(0, 400).map(offset -> new Relative(offset, null));
        return Arbitraries.frequencyOf(Tuple.of(5, closedSuspensions()), Tuple.of(1, open));
    }

    @Provide
    Arbitrary<List<Relative>> closedSuspensionLists() {
        return closedSuspensions().list().ofMaxSize(4);
    }

    private static RunningDelay running(
            LocalDate start, Delay delay, BusinessCalendar calendar, Expiry expiry, List<Relative> suspensions) {
        return new RunningDelay(
                start,
                delay,
                calendar,
                expiry,
                suspensions.stream().map(s -> s.at(start)).toList());
    }

    /** The days the delay counts when nothing suspends it: from the day after the start to its nominal end. */
    private static int nominalCount(Delay delay, LocalDate start, BusinessCalendar calendar) {
        return switch (delay.unit()) {
            case BUSINESS_DAYS, BUSINESS_DAYS_WITH_SATURDAYS -> delay.amount();
            default -> Math.toIntExact(ChronoUnit.DAYS.between(start, delay.endFrom(start, calendar, Expiry.NOMINAL)));
        };
    }

    private static boolean isSuspendedDay(List<Suspension> suspensions, LocalDate day) {
        return suspensions.stream()
                .anyMatch(s -> day.isAfter(s.from()) && (s.until() == null || !day.isAfter(s.until())));
    }

    @Property
    void withoutSuspensionTheDeadlineIsTheEndOfTheDelay(
            @ForAll("starts") LocalDate start,
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar) {
        RunningDelay running = RunningDelay.start(start, delay, calendar);
        assertThat(running.deadline()).contains(delay.endFrom(start, calendar));
        assertThat(running.withExpiry(Expiry.NOMINAL).deadline())
                .contains(delay.endFrom(start, calendar, Expiry.NOMINAL));
    }

    @Property
    void addingASuspensionNeverMakesTheDeadlineEarlier(
            @ForAll("starts") LocalDate start,
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("closedSuspensionLists") List<Relative> suspensions,
            @ForAll("anySuspensions") Relative added) {
        for (Expiry expiry : Expiry.values()) {
            RunningDelay before = running(start, delay, calendar, expiry, suspensions);
            RunningDelay after = before.withSuspension(added.at(start));
            Optional<LocalDate> was = before.deadline();
            Optional<LocalDate> is = after.deadline();
            assertThat(was).isPresent();
            is.ifPresent(deadline -> assertThat(deadline).isAfterOrEqualTo(was.get()));
            if (is.isEmpty()) {
                assertThat(added.length())
                        .as("only an open suspension hides the deadline")
                        .isNull();
            }
        }
    }

    @Property
    void suspendedTimeNeverCounts(
            @ForAll("starts") LocalDate start,
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("closedSuspensionLists") List<Relative> relative,
            @ForAll @IntRange(min = 0, max = 800) int asOfOffset) {
        RunningDelay running = running(start, delay, calendar, Expiry.NOMINAL, relative);
        RunningDelay free = RunningDelay.start(start, delay, calendar);
        LocalDate asOf = start.plusDays(asOfOffset);
        boolean countsBusinessDays =
                delay.unit() == DelayUnit.BUSINESS_DAYS || delay.unit() == DelayUnit.BUSINESS_DAYS_WITH_SATURDAYS;
        BusinessCalendar counting = delay.unit() == DelayUnit.BUSINESS_DAYS_WITH_SATURDAYS
                ? calendar.withWorkingWeek(WorkingWeek.MONDAY_TO_SATURDAY)
                : calendar;
        int suspendedAndCounted = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(asOf); day = day.plusDays(1)) {
            if (isSuspendedDay(running.suspensions(), day) && (!countsBusinessDays || counting.isBusinessDay(day))) {
                suspendedAndCounted++;
            }
        }
        assertThat(running.consumedDays(asOf)).isEqualTo(free.consumedDays(asOf) - suspendedAndCounted);
        // A suspended day adds nothing to the time used.
        LocalDate next = asOf.plusDays(1);
        if (isSuspendedDay(running.suspensions(), next)) {
            assertThat(running.consumedDays(next)).isEqualTo(running.consumedDays(asOf));
            assertThat(running.isSuspended(asOf)).isTrue();
        } else {
            assertThat(running.isSuspended(asOf)).isFalse();
        }
    }

    @Property
    void theNominalDeadlineIsTheDayTheWholeDelayIsUsed(
            @ForAll("starts") LocalDate start,
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("closedSuspensionLists") List<Relative> relative) {
        RunningDelay running = running(start, delay, calendar, Expiry.NOMINAL, relative);
        LocalDate deadline = running.deadline().orElseThrow();
        int whole = nominalCount(delay, start, calendar);
        assertThat(running.consumedDays(deadline)).isEqualTo(whole);
        assertThat(running.consumedDays(deadline.minusDays(1))).isEqualTo(whole - 1);
        assertThat(isSuspendedDay(running.suspensions(), deadline)).isFalse();
        assertThat(running.isExpired(deadline)).isFalse();
        assertThat(running.isExpired(deadline.plusDays(1))).isTrue();
    }

    @Property
    void theOrderOfSuspensionsDoesNotMatter(
            @ForAll("starts") LocalDate start,
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("closedSuspensionLists") List<Relative> relative,
            @ForAll long seed) {
        List<Relative> shuffled = new ArrayList<>(relative);
        Collections.shuffle(shuffled, new Random(seed));
        RunningDelay running = running(start, delay, calendar, Expiry.EXTENDED, relative);
        RunningDelay reordered = running(start, delay, calendar, Expiry.EXTENDED, shuffled);
        assertThat(reordered.deadline()).isEqualTo(running.deadline());
        LocalDate asOf = start.plusDays(200);
        assertThat(reordered.consumedDays(asOf)).isEqualTo(running.consumedDays(asOf));
    }

    @Property
    void anOpenSuspensionHidesTheDeadlineUntilItEnds(
            @ForAll("starts") LocalDate start,
            @ForAll("delays") Delay delay,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll @IntRange(min = 0, max = 400) int offset,
            @ForAll @IntRange(min = 0, max = 60) int length) {
        RunningDelay free = RunningDelay.start(start, delay, calendar).withExpiry(Expiry.NOMINAL);
        LocalDate from = start.plusDays(offset);
        RunningDelay suspended = free.suspendedFrom(from);
        LocalDate end = free.deadline().orElseThrow();
        if (from.isBefore(end)) {
            assertThat(suspended.deadline()).isEmpty();
            assertThat(suspended.isExpired(end.plusYears(10))).isFalse();
        } else {
            assertThat(suspended.deadline()).contains(end);
        }
        RunningDelay resumed = suspended.resumedOn(from.plusDays(length));
        assertThat(resumed.deadline())
                .isEqualTo(free.withSuspension(Suspension.between(from, from.plusDays(length)))
                        .deadline());
        assertThat(resumed.deadline().orElseThrow()).isAfterOrEqualTo(end);
    }
}
