package fr.eadmin.core.spi;

import fr.eadmin.core.notification.Notification;
import java.time.Instant;
import java.util.Objects;

/**
 * A notification a relay has claimed for delivery: no other relay claims it before the lease expires.
 *
 * @param notification the notification
 * @param attempt which attempt this is, from 1
 * @param leaseExpiresAt when the claim lapses: if the notification is neither delivered nor failed by then
 *     (the relay crashed), another relay may claim it
 */
public record OutboxClaim(Notification notification, int attempt, Instant leaseExpiresAt) {
    /** Checks the values. */
    public OutboxClaim {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, got " + attempt);
        }
    }
}
