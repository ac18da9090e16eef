package fr.eadmin.core.spi;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How many notifications the {@link Outbox} holds in each state, for monitoring: a growing {@code pending}
 * count or an old {@code oldestPendingEnqueuedAt} says the relay is not keeping up or not running; any
 * {@code dead} notification needs an operator.
 *
 * @param pending notifications waiting for an attempt (not claimed, or claimed with an expired lease)
 * @param inFlight notifications claimed by a relay whose lease has not expired
 * @param delivered notifications delivered and not yet purged
 * @param dead notifications given up
 * @param oldestPendingEnqueuedAt when the oldest pending or in-flight notification was enqueued, or null if
 *     there is none
 */
public record OutboxCounts(
        long pending,
        long inFlight,
        long delivered,
        long dead,
        @Nullable Instant oldestPendingEnqueuedAt) {
    /** Checks the values. */
    public OutboxCounts {
        if (pending < 0 || inFlight < 0 || delivered < 0 || dead < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
