package fr.eadmin.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock a scenario moves forward, so that a story spanning days (a demande deposited on Monday, completed
 * on Wednesday, decided the week after) runs in seconds. Applications use the system clock.
 */
final class StoryClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    StoryClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Moves the clock forward. */
    void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a story clock only moves forward");
        }
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new StoryClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
