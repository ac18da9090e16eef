package fr.eadmin.core.spi;

import fr.eadmin.core.notification.Notification;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A notification as the {@link Outbox} keeps it, for monitoring.
 *
 * @param notification the notification
 * @param status where it stands
 * @param attempts how many delivery attempts were made (claims, including those whose relay crashed)
 * @param enqueuedAt when it was enqueued
 * @param nextAttemptAt when it is due for its first or next attempt; null once delivered or dead
 * @param claimedUntil when the current claim lapses, if a relay claimed it and has not reported yet; else null
 * @param lastError why the last attempt failed (never personal data), or null
 * @param deliveredAt when it was delivered, or null
 */
public record OutboxEntry(
        Notification notification,
        OutboxStatus status,
        int attempts,
        Instant enqueuedAt,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant claimedUntil,
        @Nullable String lastError,
        @Nullable Instant deliveredAt) {
    /** Checks the values. */
    public OutboxEntry {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, got " + attempts);
        }
        if ((status == OutboxStatus.PENDING) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("a pending notification, and only a pending one, has a next attempt");
        }
        if ((status == OutboxStatus.DELIVERED) != (deliveredAt != null)) {
            throw new IllegalArgumentException(
                    "a delivered notification, and only a delivered one, has a delivery time");
        }
        if (claimedUntil != null && status != OutboxStatus.PENDING) {
            throw new IllegalArgumentException("only a pending notification can be claimed");
        }
    }
}
