package fr.eadmin.core.memory;

import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.internal.FailureReasons;
import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationId;
import fr.eadmin.core.spi.Outbox;
import fr.eadmin.core.spi.OutboxClaim;
import fr.eadmin.core.spi.OutboxCounts;
import fr.eadmin.core.spi.OutboxEntry;
import fr.eadmin.core.spi.OutboxStatus;
import fr.eadmin.core.spi.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Outbox} in memory, for tests and demonstrations, and for applications whose events are not in a
 * database either. Thread-safe: every operation holds one lock, so each is atomic. Nothing survives the JVM,
 * so it is no outbox for an application that must not lose a notification in a crash.
 */
public final class InMemoryOutbox implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryOutbox.class);
    private static final String EXHAUSTED_REASON = "the lease of the last attempt expired without a report";
    private static final Comparator<OutboxEntry> DUE_ORDER = Comparator.comparing(
                    (OutboxEntry e) -> Objects.requireNonNull(e.nextAttemptAt()))
            .thenComparing(e -> e.notification().id());
    private static final Comparator<OutboxEntry> ENQUEUE_ORDER = Comparator.comparing(OutboxEntry::enqueuedAt)
            .thenComparing(e -> e.notification().id());

    private final Object lock = new Object();
    private final Map<NotificationId, OutboxEntry> entries = new HashMap<>();
    private final Clock clock;
    private final RetryPolicy retryPolicy;

    private InMemoryOutbox(Clock clock, RetryPolicy retryPolicy) {
        this.clock = clock;
        this.retryPolicy = retryPolicy;
    }

    /**
     * An empty outbox with the {@linkplain RetryPolicy#standard() standard} retry policy.
     *
     * @param clock the clock giving enqueue times, due times and leases
     * @return the outbox
     */
    public static InMemoryOutbox create(Clock clock) {
        return create(clock, RetryPolicy.standard());
    }

    /**
     * An empty outbox.
     *
     * @param clock the clock giving enqueue times, due times and leases
     * @param retryPolicy when failed notifications are tried again, and when they are given up
     * @return the outbox
     */
    public static InMemoryOutbox create(Clock clock, RetryPolicy retryPolicy) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        return new InMemoryOutbox(clock, retryPolicy);
    }

    /**
     * The retry policy of this outbox.
     *
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    @Override
    public void enqueue(List<Notification> notifications) {
        List<Notification> copy = List.copyOf(Objects.requireNonNull(notifications, "notifications"));
        synchronized (lock) {
            Instant now = clock.instant();
            for (Notification notification : copy) {
                if (entries.containsKey(notification.id())) {
                    LOG.debug("notification {} is already in the outbox: skipped", notification.id());
                    continue;
                }
                entries.put(
                        notification.id(),
                        new OutboxEntry(notification, OutboxStatus.PENDING, 0, now, now, null, null, null));
                LOG.debug("enqueued notification {}", notification.id());
            }
        }
    }

    @Override
    public List<OutboxClaim> claimDue(int max, Duration lease) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the lease must be positive");
        }
        synchronized (lock) {
            Instant now = clock.instant();
            Instant until = now.plus(lease);
            List<OutboxEntry> due = entries.values().stream()
                    .filter(e -> isDue(e, now))
                    .sorted(DUE_ORDER)
                    .limit(max)
                    .toList();
            List<OutboxClaim> claims = new ArrayList<>(due.size());
            for (OutboxEntry entry : due) {
                NotificationId id = entry.notification().id();
                if (entry.attempts() >= retryPolicy.maxAttempts()) {
                    entries.put(id, dead(entry, entry.attempts(), EXHAUSTED_REASON));
                    LOG.warn("notification {} is dead: {} attempts, the last one unreported", id, entry.attempts());
                    continue;
                }
                int attempt = entry.attempts() + 1;
                entries.put(
                        id,
                        new OutboxEntry(
                                entry.notification(),
                                OutboxStatus.PENDING,
                                attempt,
                                entry.enqueuedAt(),
                                entry.nextAttemptAt(),
                                until,
                                entry.lastError(),
                                null));
                claims.add(new OutboxClaim(entry.notification(), attempt, until));
                LOG.debug("claimed notification {} for attempt {} until {}", id, attempt, until);
            }
            return claims;
        }
    }

    @Override
    public void markDelivered(NotificationId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            OutboxEntry entry = get(id);
            if (entry.status() == OutboxStatus.DELIVERED) {
                return;
            }
            entries.put(
                    id,
                    new OutboxEntry(
                            entry.notification(),
                            OutboxStatus.DELIVERED,
                            entry.attempts(),
                            entry.enqueuedAt(),
                            null,
                            null,
                            entry.lastError(),
                            clock.instant()));
        }
        LOG.debug("notification {} delivered", id);
    }

    @Override
    public OutboxEntry markFailed(NotificationId id, String reason, boolean retryable) {
        Objects.requireNonNull(id, "id");
        String cut = FailureReasons.cut(reason);
        synchronized (lock) {
            OutboxEntry entry = get(id);
            if (entry.status() != OutboxStatus.PENDING) {
                return entry;
            }
            int attempts = Math.max(1, entry.attempts());
            OutboxEntry failed = retryPolicy.givesUp(attempts, retryable)
                    ? dead(entry, attempts, cut)
                    : new OutboxEntry(
                            entry.notification(),
                            OutboxStatus.PENDING,
                            attempts,
                            entry.enqueuedAt(),
                            clock.instant().plus(retryPolicy.delayAfter(attempts)),
                            null,
                            cut,
                            null);
            entries.put(id, failed);
            return failed;
        }
    }

    @Override
    public boolean requeue(NotificationId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            OutboxEntry entry = get(id);
            if (entry.status() != OutboxStatus.DEAD) {
                return false;
            }
            entries.put(
                    id,
                    new OutboxEntry(
                            entry.notification(),
                            OutboxStatus.PENDING,
                            0,
                            entry.enqueuedAt(),
                            clock.instant(),
                            null,
                            entry.lastError(),
                            null));
        }
        LOG.info("dead notification {} requeued", id);
        return true;
    }

    @Override
    public Optional<OutboxEntry> find(NotificationId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(entries.get(id));
        }
    }

    @Override
    public List<OutboxEntry> dead(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        synchronized (lock) {
            return entries.values().stream()
                    .filter(e -> e.status() == OutboxStatus.DEAD)
                    .sorted(ENQUEUE_ORDER)
                    .limit(max)
                    .toList();
        }
    }

    @Override
    public OutboxCounts counts() {
        synchronized (lock) {
            Instant now = clock.instant();
            long pending = 0;
            long inFlight = 0;
            long delivered = 0;
            long dead = 0;
            @Nullable Instant oldest = null;
            for (OutboxEntry entry : entries.values()) {
                switch (entry.status()) {
                    case PENDING -> {
                        Instant claimedUntil = entry.claimedUntil();
                        if (claimedUntil != null && claimedUntil.isAfter(now)) {
                            inFlight++;
                        } else {
                            pending++;
                        }
                        if (oldest == null || entry.enqueuedAt().isBefore(oldest)) {
                            oldest = entry.enqueuedAt();
                        }
                    }
                    case DELIVERED -> delivered++;
                    case DEAD -> dead++;
                }
            }
            return new OutboxCounts(pending, inFlight, delivered, dead, oldest);
        }
    }

    @Override
    public int purgeDelivered(Instant deliveredBefore) {
        Objects.requireNonNull(deliveredBefore, "deliveredBefore");
        int purged = 0;
        synchronized (lock) {
            var iterator = entries.values().iterator();
            while (iterator.hasNext()) {
                Instant deliveredAt = iterator.next().deliveredAt();
                if (deliveredAt != null && deliveredAt.isBefore(deliveredBefore)) {
                    iterator.remove();
                    purged++;
                }
            }
        }
        LOG.info("purged {} delivered notifications", purged);
        return purged;
    }

    private OutboxEntry get(NotificationId id) {
        OutboxEntry entry = entries.get(id);
        if (entry == null) {
            throw new NotFoundException(AGGREGATE_TYPE, id.toString());
        }
        return entry;
    }

    private static boolean isDue(OutboxEntry entry, Instant now) {
        Instant next = entry.nextAttemptAt();
        Instant claimedUntil = entry.claimedUntil();
        return entry.status() == OutboxStatus.PENDING
                && next != null
                && !next.isAfter(now)
                && (claimedUntil == null || !claimedUntil.isAfter(now));
    }

    private static OutboxEntry dead(OutboxEntry entry, int attempts, String reason) {
        return new OutboxEntry(
                entry.notification(), OutboxStatus.DEAD, attempts, entry.enqueuedAt(), null, null, reason, null);
    }

    @Override
    public String toString() {
        return "InMemoryOutbox";
    }
}
