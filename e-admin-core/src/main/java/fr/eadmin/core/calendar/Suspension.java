package fr.eadmin.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A period during which a {@link RunningDelay} does not run, typically from the day the administration asks for
 * missing pièces to the day they arrive.
 *
 * <p>Counted in whole days, like the delay itself: the day {@code from} still counts (the delay ran that day, the
 * request for pièces was sent during it); the days after it up to and including {@code until} do not, and the
 * delay runs again from the day after {@code until}, as it runs from the day after any starting event. So a
 * suspension removes {@code until - from} days, and one opened and closed on the same day removes none. An open
 * suspension ({@code until} unknown) removes every day after {@code from}.
 *
 * @param from the last day before the delay stops: the day the missing pièces were asked for
 * @param until the day the delay starts again from: the day the pièces arrived; {@code null} while still awaited
 */
public record Suspension(LocalDate from, @Nullable LocalDate until) {

    /**
     * Checks that the suspension does not end before it begins.
     *
     * @throws InvalidSuspensionException if {@code until} is before {@code from}
     */
    public Suspension {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new InvalidSuspensionException("a suspension cannot end before it begins");
        }
    }

    /**
     * A suspension that has ended.
     *
     * @param from the day the missing pièces were asked for
     * @param until the day they arrived
     * @return the suspension
     * @throws InvalidSuspensionException if {@code until} is before {@code from}
     */
    public static Suspension between(LocalDate from, LocalDate until) {
        return new Suspension(from, Objects.requireNonNull(until, "until"));
    }

    /**
     * A suspension still under way.
     *
     * @param from the day the missing pièces were asked for
     * @return the suspension
     */
    public static Suspension openFrom(LocalDate from) {
        return new Suspension(from, null);
    }

    /**
     * Whether the suspension is still under way.
     *
     * @return {@code true} if {@code until} is not known yet
     */
    public boolean isOpen() {
        return until == null;
    }
}
