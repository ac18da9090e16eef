package fr.eadmin.core.spi;

/** Where a notification stands in the {@link Outbox}. */
public enum OutboxStatus {
    /** Waiting for its first or next delivery attempt, or being delivered (claimed by a relay). */
    PENDING,
    /** Delivered: a notifier accepted it. Final. */
    DELIVERED,
    /** Given up: a permanent failure, or too many attempts. Stays until {@link Outbox#requeue requeued}. */
    DEAD
}
