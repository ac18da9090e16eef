package fr.eadmin.test.notification;

import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationChannel;
import fr.eadmin.core.notification.NotificationId;
import fr.eadmin.core.spi.NotificationDeliveryException;
import fr.eadmin.core.spi.Notifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Notifier} that keeps what it sends in memory, for tests and demonstrations: it records every
 * notification it accepts, in order, and can be told to fail (retryably or not) the next sends, every send, or
 * the sends of one notification. Thread-safe.
 *
 * {@snippet :
 * RecordingNotifier email = RecordingNotifier.email().failNext(2, true);
 * OutboxRelay relay = OutboxRelay.builder(outbox, clock).notifier(email).build();
 * relay.deliverDue(10); // fails, retried later
 * assertThat(email.sent()).isEmpty();
 * }
 */
public final class RecordingNotifier implements Notifier {
    private final NotificationChannel channel;
    private final Object lock = new Object();
    private final List<Notification> sent = new ArrayList<>();
    private final Map<NotificationId, Boolean> failingIds = new HashMap<>();
    private int attempts;
    private int failuresLeft;
    private boolean failuresRetryable;
    private boolean failAlways;

    private RecordingNotifier(NotificationChannel channel) {
        this.channel = channel;
    }

    /**
     * A notifier of the given channel that accepts everything until told otherwise.
     *
     * @param channel the channel
     * @return the notifier
     */
    public static RecordingNotifier of(NotificationChannel channel) {
        return new RecordingNotifier(Objects.requireNonNull(channel, "channel"));
    }

    /**
     * An email notifier that accepts everything until told otherwise.
     *
     * @return the notifier
     */
    public static RecordingNotifier email() {
        return of(NotificationChannel.EMAIL);
    }

    /**
     * A text message notifier that accepts everything until told otherwise.
     *
     * @return the notifier
     */
    public static RecordingNotifier sms() {
        return of(NotificationChannel.SMS);
    }

    @Override
    public NotificationChannel channel() {
        return channel;
    }

    /**
     * Records the notification, or fails as told.
     *
     * @param notification a notification of this notifier's channel
     * @throws NotificationDeliveryException if told to fail this send
     * @throws IllegalArgumentException if the notification is of another channel (a relay would have a bug)
     */
    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        if (notification.channel() != channel) {
            throw new IllegalArgumentException("notification " + notification.id() + " is for " + notification.channel()
                    + ", this notifier serves " + channel);
        }
        synchronized (lock) {
            attempts++;
            Boolean retryableForId = failingIds.get(notification.id());
            if (retryableForId != null) {
                throw failure(notification.id(), retryableForId);
            }
            if (failAlways) {
                throw failure(notification.id(), failuresRetryable);
            }
            if (failuresLeft > 0) {
                failuresLeft--;
                throw failure(notification.id(), failuresRetryable);
            }
            sent.add(notification);
        }
    }

    /**
     * Makes the next sends fail.
     *
     * @param times how many sends fail, from the next one
     * @param retryable whether the failures say that trying again may help
     * @return this notifier
     */
    public RecordingNotifier failNext(int times, boolean retryable) {
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative");
        }
        synchronized (lock) {
            failuresLeft = times;
            failuresRetryable = retryable;
        }
        return this;
    }

    /**
     * Makes every send fail until {@link #recover()}.
     *
     * @param retryable whether the failures say that trying again may help
     * @return this notifier
     */
    public RecordingNotifier failAlways(boolean retryable) {
        synchronized (lock) {
            failAlways = true;
            failuresRetryable = retryable;
        }
        return this;
    }

    /**
     * Makes every send of one notification fail until {@link #recover()}.
     *
     * @param id the notification
     * @param retryable whether the failures say that trying again may help
     * @return this notifier
     */
    public RecordingNotifier failFor(NotificationId id, boolean retryable) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            failingIds.put(id, retryable);
        }
        return this;
    }

    /**
     * Accepts every send again: forgets every failure it was told.
     *
     * @return this notifier
     */
    public RecordingNotifier recover() {
        synchronized (lock) {
            failuresLeft = 0;
            failAlways = false;
            failingIds.clear();
        }
        return this;
    }

    /**
     * The notifications accepted, in order (a notification sent twice is listed twice).
     *
     * @return a copy of the list
     */
    public List<Notification> sent() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    /**
     * The ids of the notifications accepted, in order.
     *
     * @return the ids
     */
    public List<NotificationId> sentIds() {
        return sent().stream().map(Notification::id).toList();
    }

    /**
     * How many times {@link #send} was called, failures included.
     *
     * @return the number of calls
     */
    public int attempts() {
        synchronized (lock) {
            return attempts;
        }
    }

    private static NotificationDeliveryException failure(NotificationId id, boolean retryable) {
        return retryable
                ? NotificationDeliveryException.retryable(id, "recording notifier told to fail (retryable)", null)
                : NotificationDeliveryException.permanent(id, "recording notifier told to fail (permanent)", null);
    }

    @Override
    public String toString() {
        return "RecordingNotifier[" + channel + "]";
    }
}
