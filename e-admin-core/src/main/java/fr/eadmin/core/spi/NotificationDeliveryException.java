package fr.eadmin.core.spi;

import fr.eadmin.core.EAdminException;
import fr.eadmin.core.notification.NotificationId;
import java.io.Serial;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Notifier} could not send a notification. Says whether trying again later can help: a provider
 * that is down or throttling is worth retrying ({@code retryable}); an address the provider refuses for good
 * is not. The reason is recorded in the outbox: it names what went wrong, never the address or the message.
 */
public final class NotificationDeliveryException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #notificationId()}. */
    private final NotificationId notificationId;
    /** See {@link #reason()}. */
    private final String reason;
    /** See {@link #retryable()}. */
    private final boolean retryable;

    /**
     * Creates the exception.
     *
     * @param notificationId the notification that was not sent
     * @param reason what went wrong, such as {@code "SMTP 451 4.7.1 try again later"} (never personal data)
     * @param retryable whether trying again later can help
     * @param cause the provider's exception, or null
     */
    public NotificationDeliveryException(
            NotificationId notificationId, String reason, boolean retryable, @Nullable Throwable cause) {
        super(
                "notification " + Objects.requireNonNull(notificationId, "notificationId") + " was not sent ("
                        + (retryable ? "retryable" : "permanent") + "): " + Objects.requireNonNull(reason, "reason"),
                cause);
        this.notificationId = notificationId;
        this.reason = reason;
        this.retryable = retryable;
    }

    /**
     * A failure that trying again later may overcome: the provider is unreachable, busy or throttling.
     *
     * @param notificationId the notification that was not sent
     * @param reason what went wrong (never personal data)
     * @param cause the provider's exception, or null
     * @return the exception
     */
    public static NotificationDeliveryException retryable(
            NotificationId notificationId, String reason, @Nullable Throwable cause) {
        return new NotificationDeliveryException(notificationId, reason, true, cause);
    }

    /**
     * A failure that trying again cannot overcome: the address does not exist, the provider refuses the
     * message for good.
     *
     * @param notificationId the notification that was not sent
     * @param reason what went wrong (never personal data)
     * @param cause the provider's exception, or null
     * @return the exception
     */
    public static NotificationDeliveryException permanent(
            NotificationId notificationId, String reason, @Nullable Throwable cause) {
        return new NotificationDeliveryException(notificationId, reason, false, cause);
    }

    /** {@return the notification that was not sent} */
    public NotificationId notificationId() {
        return notificationId;
    }

    /** {@return what went wrong} */
    public String reason() {
        return reason;
    }

    /** {@return whether trying again later can help} */
    public boolean retryable() {
        return retryable;
    }
}
