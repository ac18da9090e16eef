package fr.eadmin.core.spi;

import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox of notifications: an event records its notifications here (for a database, in the
 * same transaction as the event itself: see {@link fr.eadmin.core.jdbc.JdbcOutbox#enqueue(java.sql.Connection,
 * List)}), and a relay ({@link fr.eadmin.core.notification.OutboxRelay}) later claims them, sends them and
 * reports the outcome. Nothing is lost if the application crashes; a notification is delivered at least once.
 *
 * <p>Life of a notification: {@link OutboxStatus#PENDING} from {@link #enqueue}, due at once; {@link #claimDue}
 * hands it to one relay under a lease; {@link #markDelivered} makes it {@link OutboxStatus#DELIVERED}; {@link
 * #markFailed} makes it due again later, after the delay of the outbox's {@link RetryPolicy}, or {@link
 * OutboxStatus#DEAD} when the failure is permanent or the attempts are used up. If the relay reports nothing
 * before the lease expires (it crashed), the notification is due again and another relay claims it.
 *
 * <p>Several relays, on several nodes, may claim at the same time: a notification is never handed to two
 * relays while a lease holds. A relay that outlives its lease may still report: reports are accepted whoever
 * holds the claim, and a delivered notification stays delivered.
 *
 * <p>Implementations are thread-safe, and must pass the contract tests of {@code e-admin-test}.
 */
public interface Outbox {
    /** The aggregate type named in {@link NotFoundException}s of this outbox. */
    String AGGREGATE_TYPE = "notification";

    /** The longest failure reason kept; longer ones are cut. */
    int MAX_REASON_LENGTH = 1000;

    /**
     * Records notifications, due at once. A notification whose id is already in the outbox (in any state) is
     * ignored, as is the second of two with the same id in the list: enqueuing is idempotent.
     *
     * @param notifications the notifications
     */
    void enqueue(List<Notification> notifications);

    /**
     * Claims notifications that are due, oldest due first: pending, their next attempt time reached, and not
     * claimed by a relay whose lease still holds. Each claim counts as an attempt. A due notification whose
     * attempts are already used up (its previous relays crashed) is made dead instead of claimed.
     *
     * @param max the most notifications to claim, at least 1
     * @param lease how long the claims hold, positive; longer than a delivery takes
     * @return the claims, each with its lease expiry; empty if nothing is due
     */
    List<OutboxClaim> claimDue(int max, Duration lease);

    /**
     * Records that a notification was delivered. Accepted in any state: a notification delivered by a relay
     * whose lease had expired, or after it was given up, is delivered all the same.
     *
     * @param id the notification
     * @throws NotFoundException if the outbox has no such notification
     */
    void markDelivered(NotificationId id);

    /**
     * Records that a delivery attempt failed: the notification is due again after the retry policy's delay,
     * or dead if the failure is permanent or the attempts are used up. A delivered or dead notification is
     * left as it is.
     *
     * @param id the notification
     * @param reason what went wrong (never personal data); cut to {@value #MAX_REASON_LENGTH} characters
     * @param retryable whether trying again may help
     * @return the notification's entry after the change
     * @throws NotFoundException if the outbox has no such notification
     */
    OutboxEntry markFailed(NotificationId id, String reason, boolean retryable);

    /**
     * Makes a dead notification pending again, due at once, with its attempts count reset: for an operator,
     * once the cause is fixed.
     *
     * @param id the notification
     * @return true if it was dead and is now pending; false if it was not dead (nothing changed)
     * @throws NotFoundException if the outbox has no such notification
     */
    boolean requeue(NotificationId id);

    /**
     * Finds a notification, in whatever state.
     *
     * @param id the id
     * @return its entry, or empty if the outbox has none with this id
     */
    Optional<OutboxEntry> find(NotificationId id);

    /**
     * Lists dead notifications, for an operator.
     *
     * @param max the most to list, at least 1
     * @return dead notifications, oldest enqueued first
     */
    List<OutboxEntry> dead(int max);

    /**
     * Counts the notifications in each state.
     *
     * @return the counts
     */
    OutboxCounts counts();

    /**
     * Deletes delivered notifications, which hold personal data the town no longer needs. Their ids are
     * forgotten too: a notification enqueued again after the purge is recorded and sent again.
     *
     * @param deliveredBefore delete those delivered before this time
     * @return how many were deleted
     */
    int purgeDelivered(Instant deliveredBefore);
}
