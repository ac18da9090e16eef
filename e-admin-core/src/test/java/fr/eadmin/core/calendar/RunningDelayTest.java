package fr.eadmin.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningDelayTest {

    private static final BusinessCalendar FRANCE = BusinessCalendar.france();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static RunningDelay running(String start, String delay) {
        return RunningDelay.start(date(start), Delay.parse(delay), FRANCE);
    }

    @Test
    void withoutSuspensionTheDeadlineIsTheEndOfTheDelay() {
        RunningDelay delay = running("2026-03-02", "2 mois");
        assertThat(delay.deadline()).contains(date("2026-05-04")); // 2 May 2026 is a Saturday
        assertThat(delay.expiry()).isEqualTo(Expiry.EXTENDED);
        assertThat(delay.suspensions()).isEmpty();
        assertThat(delay.withExpiry(Expiry.NOMINAL).deadline()).contains(date("2026-05-02"));
    }

    @Test
    void theDeadlineIsUnknownWhileSuspendedAndPushedOnceResumed() {
        RunningDelay delay = running("2026-03-02", "2 mois").suspendedFrom(date("2026-03-10"));
        assertThat(delay.deadline()).isEmpty();
        assertThat(delay.isExpired(date("2030-01-01"))).isFalse();
        assertThat(delay.isSuspended(date("2026-03-09"))).isFalse();
        assertThat(delay.isSuspended(date("2026-03-10"))).isTrue();
        assertThat(delay.isSuspended(date("2027-03-10"))).isTrue();

        RunningDelay resumed = delay.resumedOn(date("2026-03-20"));
        assertThat(resumed.suspensions()).containsExactly(Suspension.between(date("2026-03-10"), date("2026-03-20")));
        assertThat(resumed.deadline()).contains(date("2026-05-12")); // 2 May pushed by 10 days
        assertThat(resumed.isSuspended(date("2026-03-19"))).isTrue();
        assertThat(resumed.isSuspended(date("2026-03-20"))).isFalse();
    }

    @Test
    void consumedTimeLeavesSuspendedDaysOut() {
        RunningDelay delay = running("2026-03-02", "2 mois")
                .withSuspension(Suspension.between(date("2026-03-10"), date("2026-03-20")));
        assertThat(delay.consumedDays(date("2026-03-01"))).isZero();
        assertThat(delay.consumedDays(date("2026-03-02"))).isZero();
        assertThat(delay.consumedDays(date("2026-03-03"))).isEqualTo(1);
        assertThat(delay.consumedDays(date("2026-03-10"))).isEqualTo(8);
        assertThat(delay.consumedDays(date("2026-03-15"))).isEqualTo(8);
        assertThat(delay.consumedDays(date("2026-03-20"))).isEqualTo(8);
        assertThat(delay.consumedDays(date("2026-03-21"))).isEqualTo(9);
        // At the nominal end all of the two months (61 days from 2 March to 2 May) is used.
        assertThat(delay.consumedDays(date("2026-05-12"))).isEqualTo(61);
        // Past the end it keeps counting.
        assertThat(delay.consumedDays(date("2026-05-22"))).isEqualTo(71);
    }

    @Test
    void consumedTimeStopsDuringAnOpenSuspension() {
        RunningDelay delay = running("2026-03-02", "30 jours").suspendedFrom(date("2026-03-10"));
        assertThat(delay.consumedDays(date("2026-03-10"))).isEqualTo(8);
        assertThat(delay.consumedDays(date("2026-06-30"))).isEqualTo(8);
    }

    @Test
    void expiresAfterTheLastDay() {
        RunningDelay delay = running("2026-03-02", "10 jours");
        assertThat(delay.deadline()).contains(date("2026-03-12"));
        assertThat(delay.isExpired(date("2026-03-11"))).isFalse();
        assertThat(delay.isExpired(date("2026-03-12"))).isFalse();
        assertThat(delay.isExpired(date("2026-03-13"))).isTrue();
    }

    @Test
    void aSuspensionBeginningOnOrAfterTheEndChangesNothing() {
        RunningDelay delay = running("2026-03-02", "10 jours").suspendedFrom(date("2026-03-12"));
        assertThat(delay.deadline()).contains(date("2026-03-12"));
        assertThat(delay.isExpired(date("2026-03-13"))).isTrue();
        assertThat(delay.consumedDays(date("2026-03-20"))).isEqualTo(10);
    }

    @Test
    void aSuspensionOpenedAndClosedTheSameDayRemovesNoDay() {
        RunningDelay delay = running("2026-03-02", "10 jours")
                .withSuspension(Suspension.between(date("2026-03-05"), date("2026-03-05")));
        assertThat(delay.deadline()).contains(date("2026-03-12"));
        assertThat(delay.isSuspended(date("2026-03-05"))).isFalse();
        assertThat(delay.consumedDays(date("2026-03-12"))).isEqualTo(10);
    }

    @Test
    void suspendedDaysAreAddedBackAndTheEndIsExtendedAfterwards() {
        RunningDelay delay = running("2026-03-02", "10 jours")
                .withSuspension(Suspension.between(date("2026-03-11"), date("2026-03-14")));
        assertThat(delay.withExpiry(Expiry.NOMINAL).deadline()).contains(date("2026-03-15")); // a Sunday
        assertThat(delay.deadline()).contains(date("2026-03-16"));
    }

    @Test
    void overlappingAndAdjacentSuspensionsCountTheirUnionOnce() {
        RunningDelay overlapping = running("2026-03-02", "30 jours")
                .withSuspension(Suspension.between(date("2026-03-15"), date("2026-03-25")))
                .withSuspension(Suspension.between(date("2026-03-10"), date("2026-03-20")));
        assertThat(overlapping.deadline()).contains(date("2026-04-16")); // 1 April + 15 days
        assertThat(overlapping.consumedDays(date("2026-03-25"))).isEqualTo(8);

        RunningDelay adjacent = running("2026-03-02", "30 jours")
                .withSuspension(Suspension.between(date("2026-03-15"), date("2026-03-20")))
                .withSuspension(Suspension.between(date("2026-03-10"), date("2026-03-15")));
        assertThat(adjacent.withExpiry(Expiry.NOMINAL).deadline()).contains(date("2026-04-11"));
        assertThat(adjacent.deadline()).contains(date("2026-04-13")); // 11 April 2026 is a Saturday
    }

    @Test
    void inBusinessDaysOnlySuspendedBusinessDaysAreAddedBack() {
        RunningDelay delay = running("2026-03-02", "5 jours ouvrés");
        assertThat(delay.deadline()).contains(date("2026-03-09"));
        // Friday evening to Sunday: only the weekend is suspended, which did not count anyway.
        assertThat(delay.withSuspension(Suspension.between(date("2026-03-06"), date("2026-03-08")))
                        .deadline())
                .contains(date("2026-03-09"));
        // Wednesday to Friday: Thursday and Friday do not count.
        RunningDelay suspended = delay.withSuspension(Suspension.between(date("2026-03-04"), date("2026-03-06")));
        assertThat(suspended.deadline()).contains(date("2026-03-11"));
        assertThat(suspended.consumedDays(date("2026-03-06"))).isEqualTo(2);
        assertThat(suspended.consumedDays(date("2026-03-09"))).isEqualTo(3);
        assertThat(suspended.consumedDays(date("2026-03-11"))).isEqualTo(5);
    }

    @Test
    void inBusinessDaysASuspensionAfterTheLastDayChangesNothing() {
        RunningDelay delay = running("2026-03-02", "5 jours ouvrés").suspendedFrom(date("2026-03-09"));
        assertThat(delay.deadline()).contains(date("2026-03-09"));
        RunningDelay before = running("2026-03-02", "5 jours ouvrés").suspendedFrom(date("2026-03-06"));
        assertThat(before.deadline()).isEmpty();
        assertThat(before.resumedOn(date("2026-03-10")).deadline()).contains(date("2026-03-11"));
    }

    @Test
    void joursOuvrablesCountSaturdaysUnderSuspension() {
        RunningDelay delay = running("2026-03-02", "6 jours ouvrables")
                .withSuspension(Suspension.between(date("2026-03-03"), date("2026-03-04")));
        // Tuesday 3 counts, Wednesday 4 is suspended: 3, 5, 6, 7 (Saturday), 9, 10.
        assertThat(delay.deadline()).contains(date("2026-03-10"));
        assertThat(delay.consumedDays(date("2026-03-07"))).isEqualTo(4);
    }

    @Test
    void inMonthsTheEndIsPushedBySuspendedDays() {
        RunningDelay delay = running("2024-01-31", "1 mois")
                .withSuspension(Suspension.between(date("2024-02-05"), date("2024-02-10")));
        assertThat(delay.deadline()).contains(date("2024-03-05")); // 29 February + 5 days
        assertThat(delay.consumedDays(date("2024-03-05"))).isEqualTo(29);
    }

    @Test
    void aSuspensionFromTheStartIsALaterStart() {
        // CRPA L114-5: for an acceptance by silence, the delay of an incomplete request runs from the pièces' arrival.
        RunningDelay incomplete = running("2026-03-02", "30 jours")
                .withSuspension(Suspension.between(date("2026-03-02"), date("2026-03-16")));
        assertThat(incomplete.deadline())
                .isEqualTo(running("2026-03-16", "30 jours").deadline());
        assertThat(incomplete.consumedDays(date("2026-03-16"))).isZero();
    }

    @Test
    void extensionUsesTheCalendarHolidaysAndClosures() {
        BusinessCalendar town = FRANCE.withClosure(date("2026-07-13"), "Pont du 14 juillet");
        RunningDelay delay = RunningDelay.start(date("2026-06-02"), Delay.ofCalendarDays(40), town);
        // 12 July is a Sunday, 13 a closure, 14 the Fête nationale.
        assertThat(delay.deadline()).contains(date("2026-07-15"));
    }

    @Test
    void refusesInconsistentSuspensions() {
        RunningDelay delay = running("2026-03-02", "2 mois");
        assertThatThrownBy(() -> delay.withSuspension(Suspension.openFrom(date("2026-03-01"))))
                .isInstanceOf(InvalidSuspensionException.class)
                .hasMessageContaining("before the delay starts");
        assertThatThrownBy(() -> delay.resumedOn(date("2026-03-20")))
                .isInstanceOf(InvalidSuspensionException.class)
                .hasMessageContaining("not suspended");
        RunningDelay suspended = delay.suspendedFrom(date("2026-03-10"));
        assertThatThrownBy(() -> suspended.suspendedFrom(date("2026-03-12")))
                .isInstanceOf(InvalidSuspensionException.class)
                .hasMessageContaining("already suspended");
        assertThatThrownBy(() -> suspended.resumedOn(date("2026-03-09")))
                .isInstanceOf(InvalidSuspensionException.class)
                .hasMessageContaining("cannot end before it begins");
        assertThatThrownBy(() -> Suspension.between(date("2026-03-10"), date("2026-03-09")))
                .isInstanceOf(InvalidSuspensionException.class);
    }

    @Test
    void suspensionsSayWhetherTheyAreOpen() {
        assertThat(Suspension.openFrom(date("2026-03-10")).isOpen()).isTrue();
        assertThat(Suspension.openFrom(date("2026-03-10")).until()).isNull();
        assertThat(Suspension.between(date("2026-03-10"), date("2026-03-11")).isOpen())
                .isFalse();
    }

    @Test
    void keepsItsOwnCopyOfTheSuspensions() {
        List<Suspension> suspensions = new ArrayList<>();
        suspensions.add(Suspension.between(date("2026-03-10"), date("2026-03-20")));
        RunningDelay delay =
                new RunningDelay(date("2026-03-02"), Delay.ofCalendarDays(30), FRANCE, Expiry.EXTENDED, suspensions);
        suspensions.add(Suspension.openFrom(date("2026-03-25")));
        assertThat(delay.suspensions()).hasSize(1);
        assertThat(delay.deadline()).contains(date("2026-04-13")); // 11 April, a Saturday
        assertThatThrownBy(() -> delay.suspensions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
