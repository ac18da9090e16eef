package fr.eadmin.core.spi;

import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationChannel;

/**
 * Sends notifications through one channel: an SMTP client, an SMS gateway, a government messaging service.
 * The application implements it and gives it to the {@link fr.eadmin.core.notification.OutboxRelay}.
 *
 * <p>Delivery is at least once: after a crash between sending and recording the delivery, the relay sends the
 * notification again. An implementation that can should pass {@link Notification#id()} to its provider as an
 * idempotency key (a {@code Message-ID} header, an SMS gateway's client reference) so that the provider drops
 * the duplicate.
 *
 * <p>Implementations are thread-safe. They never log or put in an exception message the address, subject or
 * body of a notification: its id is enough to find it.
 */
public interface Notifier {
    /**
     * The channel this notifier serves.
     *
     * @return the channel; the relay gives it only notifications of this channel
     */
    NotificationChannel channel();

    /**
     * Sends one notification. Returns once the provider has accepted it.
     *
     * @param notification a notification of this notifier's channel
     * @throws NotificationDeliveryException if it was not sent, saying whether trying again later can help
     */
    void send(Notification notification);
}
