package fr.eadmin.core.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * When an {@link Outbox} tries a failed notification again: after {@code firstDelay}, then twice as long after
 * each further failure, never longer than {@code maxDelay}; after {@code maxAttempts} attempts it gives up and
 * the notification is dead. A claim whose lease ran out (the relay crashed) counts as an attempt, so that a
 * notification that crashes its relay every time ends up dead too.
 *
 * @param maxAttempts how many delivery attempts before giving up, at least 1
 * @param firstDelay the delay after the first failure, positive
 * @param maxDelay the longest delay, at least {@code firstDelay}
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    /**
     * Checks the policy.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least firstDelay");
        }
    }

    /**
     * The default policy: 10 attempts, 1 minute after the first failure, doubling up to 1 hour (the last
     * attempt comes about 4 hours after the first).
     *
     * @return the default policy
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /**
     * How long to wait after a failed attempt before the next one.
     *
     * @param failedAttempts how many attempts have been made and failed so far, at least 1
     * @return {@code firstDelay * 2^(failedAttempts - 1)}, at most {@code maxDelay}
     */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, got " + failedAttempts);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * Whether a failed notification is given up.
     *
     * @param attempts how many attempts have been made
     * @param retryable whether the last failure may be overcome by trying again
     * @return true if the failure is permanent or the attempts are used up
     */
    public boolean givesUp(int attempts, boolean retryable) {
        return !retryable || attempts >= maxAttempts;
    }
}
