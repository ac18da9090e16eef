package fr.eadmin.core.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it: for leases, retry delays and deadlines, without waiting.
 * Thread-safe.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock showing the given instant, in Paris.
     *
     * @param start the instant it shows until moved
     * @return the clock
     */
    public static MutableClock at(Instant start) {
        return new MutableClock(
                new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneId.of("Europe/Paris"));
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far, not negative
     * @return the new instant
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a clock moves forward only");
        }
        return now.updateAndGet(instant -> instant.plus(duration));
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the instant it shows from now on
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * The same clock (moving with this one) in another zone.
     *
     * @param zone the zone
     * @return a clock sharing this one's time
     */
    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + ", " + zone + "]";
    }
}
