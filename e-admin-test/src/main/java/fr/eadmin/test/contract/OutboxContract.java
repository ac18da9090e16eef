package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationChannel;
import fr.eadmin.core.notification.NotificationId;
import fr.eadmin.core.notification.OutboxRelay;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.spi.Notifier;
import fr.eadmin.core.spi.Outbox;
import fr.eadmin.core.spi.OutboxClaim;
import fr.eadmin.core.spi.OutboxCounts;
import fr.eadmin.core.spi.OutboxEntry;
import fr.eadmin.core.spi.OutboxStatus;
import fr.eadmin.core.spi.RetryPolicy;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.test.notification.RecordingNotifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Outbox}: every implementation's test extends this class and provides an empty outbox
 * on the contract's clock and retry policy. The relay used is the real {@link OutboxRelay}, the notifiers are
 * {@link RecordingNotifier}s.
 *
 * {@snippet :
 * class MyOutboxTest extends OutboxContract {
 *     @Override
 *     protected Outbox newOutbox(Clock clock, RetryPolicy retryPolicy) {
 *         return new MyOutbox(clock, retryPolicy); // empty
 *     }
 * }
 * }
 */
public abstract class OutboxContract {
    /** The retry policy the contract gives the outbox: 3 attempts, 1 minute then 2, at most 10 minutes. */
    protected static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

    /** The lease of the contract's claims. */
    protected static final Duration LEASE = Duration.ofMinutes(5);

    /** 14 March 2026, 10:00 in Paris: where the contract's clock starts for each test. */
    protected static final Instant START = Instant.parse("2026-03-14T09:00:00Z");

    private final MutableClock clock = MutableClock.at(START);
    private @Nullable Outbox current;

    /** For subclasses. */
    protected OutboxContract() {}

    /**
     * Creates an empty outbox.
     *
     * @param clock the clock it must read the time from (the contract moves it)
     * @param retryPolicy the retry policy it must apply
     * @return the outbox, holding no notification
     * @throws Exception if it cannot be created
     */
    protected abstract Outbox newOutbox(Clock clock, RetryPolicy retryPolicy) throws Exception;

    /**
     * A second handle on the same outbox, as another node of the application would have: for the tests of
     * relays running in parallel. By default the outbox itself.
     *
     * @param outbox the outbox of the test
     * @param clock the clock
     * @param retryPolicy the retry policy
     * @return an outbox sharing the notifications of {@code outbox}
     * @throws Exception if it cannot be created
     */
    protected Outbox secondNode(Outbox outbox, Clock clock, RetryPolicy retryPolicy) throws Exception {
        return outbox;
    }

    /**
     * Creates the outbox under test, and sets the clock back to {@link #START}.
     *
     * @throws Exception if it cannot be created
     */
    @BeforeEach
    protected void createOutbox() throws Exception {
        clock.set(START);
        current = newOutbox(clock, POLICY);
    }

    /**
     * The outbox under test.
     *
     * @return the outbox created by {@link #newOutbox} for the current test
     */
    protected final Outbox outbox() {
        Outbox outbox = current;
        if (outbox == null) {
            throw new IllegalStateException("newOutbox() has not run yet");
        }
        return outbox;
    }

    /**
     * The contract's clock.
     *
     * @return the clock the outbox was created with
     */
    protected final MutableClock clock() {
        return clock;
    }

    /**
     * A fresh email notification.
     *
     * @return a notification with a new id
     */
    protected final Notification email() {
        return email(NotificationId.generate(clock));
    }

    /**
     * An email notification with the given id.
     *
     * @param id the id
     * @return the notification
     */
    protected final Notification email(NotificationId id) {
        return new Notification(
                id,
                UsagerId.generate(clock),
                Recipient.email(Email.parse("claire.dupont@example.fr")),
                "accuse-reception",
                "Accusé de réception de votre demande n° 2026-000123",
                "Bonjour,\n\nVotre demande « Inscription scolaire » a bien été reçue.\n\nMairie de Lyon",
                clock.instant(),
                DemandeId.generate(clock));
    }

    /**
     * A fresh text message notification.
     *
     * @return a notification with a new id
     */
    protected final Notification sms() {
        return new Notification(
                NotificationId.generate(clock),
                UsagerId.generate(clock),
                Recipient.sms(Telephone.parse("06 12 34 56 78")),
                "rappel-echeance",
                null,
                "Mairie de Lyon : rappel, vous devez déposer les pièces demandées au plus tard le 23/11/2026.",
                clock.instant(),
                null);
    }

    private OutboxRelay relay(Outbox outbox, Notifier... notifiers) {
        OutboxRelay.Builder builder = OutboxRelay.builder(outbox, clock).lease(LEASE);
        for (Notifier notifier : notifiers) {
            builder.notifier(notifier);
        }
        return builder.build();
    }

    private OutboxEntry entry(NotificationId id) {
        return outbox().find(id).orElseThrow(() -> new AssertionError("notification " + id + " not found"));
    }

    // enqueue

    @Test
    void keepsAnEnqueuedNotificationPendingAndDueAtOnce() {
        Notification notification = email();

        outbox().enqueue(List.of(notification));

        OutboxEntry entry = entry(notification.id());
        assertThat(entry.notification()).isEqualTo(notification);
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.enqueuedAt()).isEqualTo(START);
        assertThat(entry.nextAttemptAt()).isEqualTo(START);
        assertThat(entry.claimedUntil()).isNull();
        assertThat(entry.lastError()).isNull();
        assertThat(entry.deliveredAt()).isNull();
        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(1, 0, 0, 0, START));
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(outbox().find(NotificationId.generate(clock))).isEmpty();
        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 0, 0, null));
    }

    @Test
    void ignoresANotificationWhoseIdIsAlreadyEnqueued() {
        Notification first = email();
        Notification sameId = new Notification(
                first.id(),
                first.usager(),
                first.recipient(),
                "decision-acceptee",
                "Autre sujet",
                "Autre texte",
                first.createdAt(),
                null);
        outbox().enqueue(List.of(first));
        clock.advance(Duration.ofSeconds(30));

        outbox().enqueue(List.of(sameId));
        outbox().enqueue(List.of(first, sameId, first));

        assertThat(entry(first.id()).notification()).isEqualTo(first);
        assertThat(entry(first.id()).enqueuedAt()).isEqualTo(START);
        assertThat(outbox().claimDue(10, LEASE))
                .extracting(OutboxClaim::notification)
                .containsExactly(first);
    }

    @Test
    void ignoresTheSecondOfTwoNotificationsWithTheSameIdInOneList() {
        Notification first = email();
        Notification sameId = email(first.id());

        outbox().enqueue(List.of(first, sameId));

        assertThat(entry(first.id()).notification()).isEqualTo(first);
        assertThat(outbox().counts().pending()).isEqualTo(1);
    }

    @Test
    void ignoresAnIdAlreadyDeliveredOrDead() {
        RecordingNotifier notifier = RecordingNotifier.email();
        Notification delivered = email();
        Notification dead = email();
        notifier.failFor(dead.id(), false);
        outbox().enqueue(List.of(delivered, dead));
        relay(outbox(), notifier).deliverDue(10);

        outbox().enqueue(List.of(delivered, dead));

        assertThat(entry(delivered.id()).status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(entry(dead.id()).status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(outbox().claimDue(10, LEASE)).isEmpty();
    }

    @Test
    void enqueuesNothingFromAnEmptyList() {
        outbox().enqueue(List.of());

        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 0, 0, null));
    }

    @Test
    void keepsEveryFieldOfEmailAndTextMessageNotifications() {
        Notification email = email();
        Notification sms = sms();

        outbox().enqueue(List.of(email, sms));

        assertThat(outbox().claimDue(10, LEASE))
                .extracting(OutboxClaim::notification)
                .containsExactlyInAnyOrder(email, sms);
    }

    // claims

    @Test
    void claimsDueNotificationsOldestFirstUpToTheMaximum() {
        Notification first = email();
        clock.advance(Duration.ofSeconds(1));
        Notification second = sms();
        clock.advance(Duration.ofSeconds(1));
        Notification third = email();
        outbox().enqueue(List.of(third));
        clock.set(START);
        outbox().enqueue(List.of(first));
        clock.set(START.plusSeconds(1));
        outbox().enqueue(List.of(second));
        clock.set(START.plusSeconds(10));

        List<OutboxClaim> claims = outbox().claimDue(2, LEASE);

        assertThat(claims)
                .containsExactly(
                        new OutboxClaim(first, 1, START.plusSeconds(10).plus(LEASE)),
                        new OutboxClaim(second, 1, START.plusSeconds(10).plus(LEASE)));
        assertThat(outbox().claimDue(2, LEASE))
                .extracting(OutboxClaim::notification)
                .containsExactly(third);
    }

    @Test
    void doesNotClaimANotificationAgainWhileItsLeaseHolds() {
        Notification notification = email();
        outbox().enqueue(List.of(notification));

        assertThat(outbox().claimDue(10, LEASE)).hasSize(1);
        clock.advance(LEASE.minusSeconds(1));

        assertThat(outbox().claimDue(10, LEASE)).isEmpty();
        OutboxEntry entry = entry(notification.id());
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.claimedUntil()).isEqualTo(START.plus(LEASE));
        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(0, 1, 0, 0, START));
    }

    @Test
    void givesACrashedRelaysClaimToAnotherRelayOnceTheLeaseExpires() {
        Notification notification = email();
        outbox().enqueue(List.of(notification));
        assertThat(outbox().claimDue(10, LEASE)).hasSize(1); // the first relay crashes: never reports
        RecordingNotifier notifier = RecordingNotifier.email();
        OutboxRelay other = relay(outbox(), notifier);

        assertThat(other.deliverDue(10)).isZero();
        assertThat(notifier.attempts()).isZero();

        clock.advance(LEASE);
        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(1, 0, 0, 0, START));
        assertThat(other.deliverDue(10)).isEqualTo(1);

        assertThat(notifier.sent()).containsExactly(notification);
        OutboxEntry entry = entry(notification.id());
        assertThat(entry.status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.deliveredAt()).isEqualTo(START.plus(LEASE));
    }

    @Test
    void makesDeadANotificationWhoseRelaysCrashedOnEveryAttempt() {
        Notification notification = email();
        outbox().enqueue(List.of(notification));
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            assertThat(outbox().claimDue(10, LEASE))
                    .extracting(OutboxClaim::attempt)
                    .containsExactly(attempt);
            clock.advance(LEASE);
        }

        assertThat(outbox().claimDue(10, LEASE)).isEmpty();

        OutboxEntry entry = entry(notification.id());
        assertThat(entry.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(entry.attempts()).isEqualTo(POLICY.maxAttempts());
        assertThat(entry.lastError()).isNotBlank();
        assertThat(outbox().dead(10)).containsExactly(entry);
    }

    @Test
    void neverHandsTheSameNotificationToTwoRelaysRunningInParallel() throws Exception {
        int count = 60;
        List<Notification> notifications = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notifications.add(i % 3 == 0 ? sms() : email());
        }
        outbox().enqueue(notifications);
        Outbox otherNode = secondNode(outbox(), clock, POLICY);
        RecordingNotifier email = RecordingNotifier.email();
        RecordingNotifier sms = RecordingNotifier.sms();
        List<OutboxRelay> relays = List.of(relay(outbox(), email, sms), relay(otherNode, email, sms));
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger delivered = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(relays.size());
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (OutboxRelay relay : relays) {
                Callable<Integer> run = () -> {
                    start.await();
                    int mine = 0;
                    for (int n = relay.deliverDue(3); n > 0; n = relay.deliverDue(3)) {
                        mine += n;
                    }
                    delivered.addAndGet(mine);
                    return mine;
                };
                runs.add(executor.submit(run));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            executor.shutdownNow();
        }

        List<NotificationId> sent = new ArrayList<>(email.sentIds());
        sent.addAll(sms.sentIds());
        assertThat(sent).doesNotHaveDuplicates().hasSize(count);
        assertThat(new HashSet<>(sent)).isEqualTo(ids(notifications));
        assertThat(delivered.get()).isEqualTo(count);
        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(0, 0, count, 0, null));
    }

    @Test
    void refusesAClaimOfNothingOrWithoutALease() {
        assertThatThrownBy(() -> outbox().claimDue(0, LEASE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox().claimDue(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox().claimDue(10, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox().dead(0)).isInstanceOf(IllegalArgumentException.class);
    }

    // delivery, retries, dead letters

    @Test
    void deliversDueNotificationsThroughTheNotifierOfTheirChannel() {
        Notification email = email();
        Notification sms = sms();
        outbox().enqueue(List.of(email, sms));
        RecordingNotifier emailNotifier = RecordingNotifier.email();
        RecordingNotifier smsNotifier = RecordingNotifier.sms();
        clock.advance(Duration.ofSeconds(5));

        assertThat(relay(outbox(), emailNotifier, smsNotifier).deliverDue(10)).isEqualTo(2);

        assertThat(emailNotifier.sent()).containsExactly(email);
        assertThat(smsNotifier.sent()).containsExactly(sms);
        for (Notification notification : List.of(email, sms)) {
            OutboxEntry entry = entry(notification.id());
            assertThat(entry.status()).isEqualTo(OutboxStatus.DELIVERED);
            assertThat(entry.deliveredAt()).isEqualTo(START.plusSeconds(5));
            assertThat(entry.nextAttemptAt()).isNull();
            assertThat(entry.claimedUntil()).isNull();
        }
        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 2, 0, null));
        assertThat(outbox().claimDue(10, LEASE)).isEmpty();
    }

    @Test
    void retriesARetryableFailureWithExponentialBackOff() {
        Notification notification = email();
        outbox().enqueue(List.of(notification));
        RecordingNotifier notifier = RecordingNotifier.email().failNext(2, true);
        OutboxRelay relay = relay(outbox(), notifier);

        assertThat(relay.deliverDue(10)).isZero();
        OutboxEntry afterFirst = entry(notification.id());
        assertThat(afterFirst.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(afterFirst.claimedUntil()).isNull();
        assertThat(afterFirst.lastError()).contains("told to fail");

        clock.advance(Duration.ofSeconds(59));
        assertThat(relay.deliverDue(10)).isZero();
        assertThat(notifier.attempts()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(relay.deliverDue(10)).isZero();
        assertThat(entry(notification.id()).nextAttemptAt())
                .isEqualTo(START.plus(Duration.ofMinutes(1)).plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        assertThat(relay.deliverDue(10)).isEqualTo(1);
        assertThat(notifier.sent()).containsExactly(notification);
        assertThat(entry(notification.id()).attempts()).isEqualTo(3);
        assertThat(entry(notification.id()).status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void givesUpARetryableFailureAfterTheLastAttempt() {
        Notification notification = email();
        outbox().enqueue(List.of(notification));
        RecordingNotifier notifier = RecordingNotifier.email().failAlways(true);
        OutboxRelay relay = relay(outbox(), notifier);

        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            assertThat(relay.deliverDue(10)).isZero();
            clock.advance(POLICY.maxDelay());
        }
        clock.advance(Duration.ofDays(30));
        assertThat(relay.deliverDue(10)).isZero();

        assertThat(notifier.attempts()).isEqualTo(POLICY.maxAttempts());
        OutboxEntry entry = entry(notification.id());
        assertThat(entry.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(entry.attempts()).isEqualTo(POLICY.maxAttempts());
        assertThat(entry.nextAttemptAt()).isNull();
        assertThat(outbox().dead(10)).containsExactly(entry);
        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 0, 1, null));
    }

    @Test
    void givesUpAPermanentFailureAtOnce() {
        Notification notification = email();
        outbox().enqueue(List.of(notification));
        RecordingNotifier notifier = RecordingNotifier.email().failNext(1, false);

        assertThat(relay(outbox(), notifier).deliverDue(10)).isZero();

        OutboxEntry entry = entry(notification.id());
        assertThat(entry.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).contains("permanent");
        assertThat(notifier.sent()).isEmpty();
    }

    @Test
    void retriesAnUnexpectedNotifierExceptionWithoutQuotingItsMessage() {
        Notification notification = email();
        outbox().enqueue(List.of(notification));
        Notifier broken = new Notifier() {
            @Override
            public NotificationChannel channel() {
                return NotificationChannel.EMAIL;
            }

            @Override
            public void send(Notification n) {
                throw new IllegalStateException("cannot reach " + n.recipient().address());
            }
        };

        assertThat(relay(outbox(), broken).deliverDue(10)).isZero();

        OutboxEntry entry = entry(notification.id());
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.lastError()).contains("IllegalStateException").doesNotContain("example.fr");
    }

    @Test
    void retriesANotificationOfAChannelNoNotifierServes() {
        Notification sms = sms();
        outbox().enqueue(List.of(sms));

        assertThat(relay(outbox(), RecordingNotifier.email()).deliverDue(10)).isZero();

        OutboxEntry entry = entry(sms.id());
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.lastError()).contains("SMS");
        clock.advance(POLICY.firstDelay());
        RecordingNotifier smsNotifier = RecordingNotifier.sms();
        assertThat(relay(outbox(), smsNotifier).deliverDue(10)).isEqualTo(1);
        assertThat(smsNotifier.sent()).containsExactly(sms);
    }

    @Test
    void leavesForALaterRunAClaimWhoseLeaseExpiredBeforeItsTurn() {
        Notification first = email();
        outbox().enqueue(List.of(first));
        clock.advance(Duration.ofSeconds(1));
        Notification second = email();
        outbox().enqueue(List.of(second));
        RecordingNotifier recorder = RecordingNotifier.email();
        Notifier slow = new Notifier() {
            @Override
            public NotificationChannel channel() {
                return NotificationChannel.EMAIL;
            }

            @Override
            public void send(Notification notification) {
                clock.advance(LEASE); // takes as long as the whole lease
                recorder.send(notification);
            }
        };

        assertThat(relay(outbox(), slow).deliverDue(10)).isEqualTo(1);

        assertThat(recorder.sent()).containsExactly(first);
        OutboxEntry left = entry(second.id());
        assertThat(left.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(outbox().claimDue(10, LEASE))
                .extracting(OutboxClaim::notification)
                .containsExactly(second);
    }

    @Test
    void acceptsADeliveryReportedAfterTheLeaseExpiredOrTheNotificationWasGivenUp() {
        Notification late = email();
        Notification givenUp = email();
        outbox().enqueue(List.of(late, givenUp));
        outbox().claimDue(10, LEASE);
        outbox().markFailed(givenUp.id(), "gateway refused", false);
        clock.advance(LEASE.plus(Duration.ofMinutes(1)));

        outbox().markDelivered(late.id());
        outbox().markDelivered(givenUp.id());
        outbox().markDelivered(late.id());

        assertThat(entry(late.id()).status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(entry(late.id()).deliveredAt()).isEqualTo(START.plus(LEASE).plus(Duration.ofMinutes(1)));
        assertThat(entry(givenUp.id()).status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(outbox().claimDue(10, LEASE)).isEmpty();
    }

    @Test
    void leavesADeliveredOrDeadNotificationAsItIsOnAFailureReport() {
        Notification delivered = email();
        Notification dead = email();
        outbox().enqueue(List.of(delivered, dead));
        outbox().claimDue(10, LEASE);
        outbox().markDelivered(delivered.id());
        OutboxEntry deadEntry = outbox().markFailed(dead.id(), "unknown mailbox", false);

        assertThat(outbox().markFailed(delivered.id(), "too late", true)).isEqualTo(entry(delivered.id()));
        assertThat(outbox().markFailed(dead.id(), "again", true)).isEqualTo(deadEntry);

        assertThat(entry(delivered.id()).status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(entry(delivered.id()).lastError()).isNull();
        assertThat(entry(dead.id())).isEqualTo(deadEntry);
        assertThat(deadEntry.lastError()).isEqualTo("unknown mailbox");
    }

    @Test
    void keepsAFailureReasonOnOneLineAndCutsALongOne() {
        Notification multiline = email();
        Notification longReason = email();
        outbox().enqueue(List.of(multiline, longReason));
        outbox().claimDue(10, LEASE);

        outbox().markFailed(multiline.id(), "  SMTP 451\r\n4.7.1 try again\u0000later  ", true);
        outbox().markFailed(longReason.id(), "x".repeat(Outbox.MAX_REASON_LENGTH + 500), true);

        assertThat(entry(multiline.id()).lastError()).isEqualTo("SMTP 451  4.7.1 try again later");
        assertThat(entry(longReason.id()).lastError()).isEqualTo("x".repeat(Outbox.MAX_REASON_LENGTH));
        assertThatThrownBy(() -> outbox().markFailed(multiline.id(), " \n ", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAnUnknownNotification() {
        NotificationId unknown = NotificationId.generate(clock);

        assertThatThrownBy(() -> outbox().markDelivered(unknown)).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.aggregateType()).isEqualTo(Outbox.AGGREGATE_TYPE);
            assertThat(e.aggregateId()).isEqualTo(unknown.toString());
        });
        assertThatThrownBy(() -> outbox().markFailed(unknown, "timeout", true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outbox().requeue(unknown)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void requeuesADeadNotificationWithItsAttemptsReset() {
        Notification notification = email();
        outbox().enqueue(List.of(notification));
        RecordingNotifier notifier = RecordingNotifier.email().failNext(1, false);
        OutboxRelay relay = relay(outbox(), notifier);
        relay.deliverDue(10);
        clock.advance(Duration.ofHours(2));

        assertThat(outbox().requeue(notification.id())).isTrue();

        OutboxEntry entry = entry(notification.id());
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.nextAttemptAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(outbox().requeue(notification.id())).isFalse();
        assertThat(relay.deliverDue(10)).isEqualTo(1);
        assertThat(notifier.sent()).containsExactly(notification);
        assertThat(outbox().requeue(notification.id())).isFalse();
    }

    @Test
    void listsDeadNotificationsOldestEnqueuedFirst() {
        List<Notification> notifications = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Notification notification = email();
            outbox().enqueue(List.of(notification));
            notifications.add(notification);
            clock.advance(Duration.ofSeconds(1));
        }
        for (int i = notifications.size() - 1; i >= 0; i--) {
            outbox().markFailed(notifications.get(i).id(), "refused", false);
        }

        assertThat(outbox().dead(2))
                .extracting(OutboxEntry::notification)
                .containsExactly(notifications.get(0), notifications.get(1));
    }

    @Test
    void countsNotificationsInEachState() {
        Notification pending = email();
        outbox().enqueue(List.of(pending));
        clock.advance(Duration.ofMinutes(1));
        Notification inFlight = email();
        Notification delivered = email();
        Notification dead = email();
        outbox().enqueue(List.of(inFlight, delivered, dead));
        clock.advance(Duration.ofMinutes(1));
        outbox().claimDue(10, LEASE);
        outbox().markFailed(pending.id(), "busy", true);
        outbox().markDelivered(delivered.id());
        outbox().markFailed(dead.id(), "refused", false);

        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(1, 1, 1, 1, START));

        clock.advance(LEASE);
        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(2, 0, 1, 1, START));
    }

    @Test
    void purgesOnlyNotificationsDeliveredBeforeTheGivenTime() {
        Notification old = email();
        Notification recent = email();
        Notification pending = email();
        outbox().enqueue(List.of(old, recent, pending));
        outbox().markDelivered(old.id());
        clock.advance(Duration.ofDays(10));
        outbox().markDelivered(recent.id());

        assertThat(outbox().purgeDelivered(START.plus(Duration.ofDays(10)))).isEqualTo(1);

        assertThat(outbox().find(old.id())).isEmpty();
        assertThat(outbox().find(recent.id())).isPresent();
        assertThat(outbox().find(pending.id())).isPresent();
        assertThat(outbox().counts()).isEqualTo(new OutboxCounts(1, 0, 1, 0, START));
    }

    @Test
    void takesBackAPurgedIdAsANewNotification() {
        Notification notification = email();
        outbox().enqueue(List.of(notification));
        outbox().markDelivered(notification.id());
        clock.advance(Duration.ofDays(1));
        outbox().purgeDelivered(clock.instant());

        outbox().enqueue(List.of(notification));

        assertThat(entry(notification.id()).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry(notification.id()).enqueuedAt()).isEqualTo(START.plus(Duration.ofDays(1)));
    }

    private static Set<NotificationId> ids(List<Notification> notifications) {
        Set<NotificationId> ids = new HashSet<>();
        for (Notification notification : notifications) {
            ids.add(notification.id());
        }
        return ids;
    }
}
