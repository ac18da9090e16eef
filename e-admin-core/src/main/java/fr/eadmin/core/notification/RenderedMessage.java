package fr.eadmin.core.notification;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message rendered from a {@link MessageTemplate}: what a {@link Notification} says. The body is personal
 * data: {@code toString()} shows the template code and channel only.
 *
 * @param templateCode the code of the template it was rendered from, such as {@code "accuse-reception"}
 * @param channel the channel it was rendered for
 * @param subject the subject of an email; null for a text message
 * @param body the plain-text body
 */
public record RenderedMessage(
        String templateCode,
        NotificationChannel channel,
        @Nullable String subject,
        String body) {
    /**
     * Checks the message, with the rules of {@link Notification}.
     *
     * @throws InvalidNotificationException if a part is missing, misplaced or malformed
     */
    public RenderedMessage {
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Notification.checkMessage(templateCode, channel, subject, body);
    }

    /** {@return the template code and channel, without the subject and body (personal data)} */
    @Override
    public String toString() {
        return "RenderedMessage[" + templateCode + ", " + channel + "]";
    }
}
