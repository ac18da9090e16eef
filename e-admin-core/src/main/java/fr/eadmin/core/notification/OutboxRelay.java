package fr.eadmin.core.notification;

import fr.eadmin.core.spi.NotificationDeliveryException;
import fr.eadmin.core.spi.Notifier;
import fr.eadmin.core.spi.Outbox;
import fr.eadmin.core.spi.OutboxClaim;
import fr.eadmin.core.spi.OutboxEntry;
import fr.eadmin.core.spi.OutboxStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the due notifications of an {@link Outbox} through the application's {@link Notifier}s: claims
 * them under a lease, sends each through the notifier of its channel, and records the outcome. A failure the
 * notifier calls retryable is tried again later with exponential back-off, up to the outbox's {@link
 * fr.eadmin.core.spi.RetryPolicy} limit; a permanent failure, or the last failed attempt, makes the
 * notification dead. Delivery is at least once: if the relay crashes between sending and recording, the lease
 * expires and a relay sends the notification again.
 *
 * <p>The relay has no thread of its own: the application calls {@link #deliverDue} from its scheduler, on
 * one node or several (the outbox's claims keep relays from sending the same notification at once). {@snippet
 * :
 * OutboxRelay relay = OutboxRelay.builder(outbox, clock)
 *         .notifier(smtpNotifier)
 *         .notifier(smsGatewayNotifier)
 *         .build();
 * scheduler.scheduleWithFixedDelay(() -> relay.deliverDue(100), 0, 10, TimeUnit.SECONDS);
 * }
 *
 * <p>Logs name notifications by id, channel and template code only, and failures by the exception's class:
 * never an address, a subject, a body, nor a notifier's message (which could quote them).
 */
public final class OutboxRelay {
    /** The default lease: how long a claim holds before another relay may claim the notification again. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final Clock clock;
    private final Map<NotificationChannel, Notifier> notifiers;
    private final Duration lease;

    private OutboxRelay(Outbox outbox, Clock clock, Map<NotificationChannel, Notifier> notifiers, Duration lease) {
        this.outbox = outbox;
        this.clock = clock;
        this.notifiers = notifiers;
        this.lease = lease;
    }

    /**
     * Starts building a relay.
     *
     * @param outbox the outbox whose notifications it delivers
     * @param clock the clock that tells whether a claim's lease still holds before sending
     * @return a builder
     */
    public static Builder builder(Outbox outbox, Clock clock) {
        return new Builder(Objects.requireNonNull(outbox, "outbox"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Claims up to {@code max} due notifications and delivers them, one after the other. A claim whose lease
     * has expired by its turn (the earlier ones were slow) is not sent: it is due again, and the next run (of
     * this relay or another) claims it.
     *
     * <p>A notification of a channel that no notifier serves fails as retryable, so that configuring the
     * notifier before the attempts are used up delivers it. A notifier that throws something other than a
     * {@link NotificationDeliveryException} fails the attempt as retryable. A failure of the outbox itself
     * (its database) ends the run with that exception: the notifications claimed and not reported come back
     * when their lease expires.
     *
     * @param max the most notifications to claim in this run, at least 1
     * @return how many notifications were delivered
     */
    public int deliverDue(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        List<OutboxClaim> claims = outbox.claimDue(max, lease);
        int delivered = 0;
        for (OutboxClaim claim : claims) {
            if (deliver(claim)) {
                delivered++;
            }
        }
        if (!claims.isEmpty()) {
            LOG.debug("delivered {} of {} claimed notifications", delivered, claims.size());
        }
        return delivered;
    }

    private boolean deliver(OutboxClaim claim) {
        Notification notification = claim.notification();
        NotificationId id = notification.id();
        if (!clock.instant().isBefore(claim.leaseExpiresAt())) {
            LOG.info("lease of notification {} expired before its turn: left for a later run", id);
            return false;
        }
        Notifier notifier = notifiers.get(notification.channel());
        if (notifier == null) {
            failed(claim, "no notifier for channel " + notification.channel(), true, "no notifier");
            return false;
        }
        try {
            notifier.send(notification);
        } catch (NotificationDeliveryException e) {
            failed(claim, e.reason(), e.retryable(), e.getClass().getSimpleName());
            return false;
        } catch (RuntimeException e) {
            failed(
                    claim,
                    "unexpected " + e.getClass().getName(),
                    true,
                    e.getClass().getName());
            return false;
        }
        outbox.markDelivered(id);
        LOG.info(
                "notification {} ({} {}) delivered at attempt {}",
                id,
                notification.channel(),
                notification.templateCode(),
                claim.attempt());
        return true;
    }

    private void failed(OutboxClaim claim, String reason, boolean retryable, String cause) {
        Notification notification = claim.notification();
        OutboxEntry entry = outbox.markFailed(notification.id(), reason, retryable);
        if (entry.status() == OutboxStatus.DEAD) {
            LOG.warn(
                    "notification {} ({} {}) is dead after attempt {} ({}, {})",
                    notification.id(),
                    notification.channel(),
                    notification.templateCode(),
                    claim.attempt(),
                    retryable ? "retryable" : "permanent",
                    cause);
        } else {
            LOG.info(
                    "notification {} ({} {}) failed at attempt {} ({}), next attempt at {}",
                    notification.id(),
                    notification.channel(),
                    notification.templateCode(),
                    claim.attempt(),
                    cause,
                    entry.nextAttemptAt());
        }
    }

    /**
     * The channels this relay can deliver.
     *
     * @return the channels of its notifiers
     */
    public Set<NotificationChannel> channels() {
        return Collections.unmodifiableSet(notifiers.keySet());
    }

    /**
     * The lease of this relay's claims.
     *
     * @return the lease
     */
    public Duration lease() {
        return lease;
    }

    @Override
    public String toString() {
        return "OutboxRelay[" + notifiers.keySet() + ", lease " + lease + "]";
    }

    /** Builds an {@link OutboxRelay}. */
    public static final class Builder {
        private final Outbox outbox;
        private final Clock clock;
        private final Map<NotificationChannel, Notifier> notifiers = new EnumMap<>(NotificationChannel.class);
        private Duration lease = DEFAULT_LEASE;

        private Builder(Outbox outbox, Clock clock) {
            this.outbox = outbox;
            this.clock = clock;
        }

        /**
         * Adds the notifier of a channel.
         *
         * @param notifier the notifier; its {@link Notifier#channel()} says which channel it serves
         * @return this builder
         * @throws IllegalArgumentException if a notifier of the same channel was added already
         */
        public Builder notifier(Notifier notifier) {
            Objects.requireNonNull(notifier, "notifier");
            NotificationChannel channel = Objects.requireNonNull(notifier.channel(), "notifier.channel()");
            if (notifiers.containsKey(channel)) {
                throw new IllegalArgumentException("a notifier of channel " + channel + " was already added");
            }
            notifiers.put(channel, notifier);
            return this;
        }

        /**
         * Sets how long a claim holds: longer than delivering a batch of {@code max} notifications takes, and
         * short enough that a crashed relay's notifications come back soon.
         *
         * @param lease the lease, positive; {@link #DEFAULT_LEASE} if not set
         * @return this builder
         */
        public Builder lease(Duration lease) {
            Objects.requireNonNull(lease, "lease");
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("the lease must be positive");
            }
            this.lease = lease;
            return this;
        }

        /**
         * Builds the relay.
         *
         * @return the relay
         * @throws IllegalStateException if no notifier was added
         */
        public OutboxRelay build() {
            if (notifiers.isEmpty()) {
                throw new IllegalStateException("a relay needs at least one notifier");
            }
            return new OutboxRelay(outbox, clock, new EnumMap<>(notifiers), lease);
        }
    }
}
