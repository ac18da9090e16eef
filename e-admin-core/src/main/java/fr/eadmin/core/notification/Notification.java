package fr.eadmin.core.notification;

import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.usager.UsagerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One message to one usager through one channel, rendered and ready to send: what the outbox keeps and a
 * {@link fr.eadmin.core.spi.Notifier} delivers.
 *
 * <p>Rules: an email has a subject (one line, at most {@value #MAX_SUBJECT_LENGTH} characters, no control
 * character), a text message has none; the body is not blank, at most {@value #MAX_EMAIL_BODY_LENGTH}
 * characters for an email and {@value #MAX_SMS_BODY_LENGTH} for a text message, and holds neither the
 * character U+0000 nor a lone surrogate (neither can be stored nor sent); the template code is lower-case
 * words separated by dashes. The creation time is kept to the microsecond, as databases keep it.
 *
 * <p>The address, subject and body are personal data: {@code toString()} shows the id, the channel and the
 * template code only.
 *
 * @param id the id, which de-duplicates the notification in the outbox
 * @param usager the usager it is for
 * @param recipient where it goes; its channel is the notification's channel
 * @param templateCode the code of the template it was rendered from
 * @param subject the subject of an email; null for a text message
 * @param body the plain-text body
 * @param createdAt when it was created (microsecond precision)
 * @param demande the demande it is about, or null
 */
public record Notification(
        NotificationId id,
        UsagerId usager,
        Recipient recipient,
        String templateCode,
        @Nullable String subject,
        String body,
        Instant createdAt,
        @Nullable DemandeId demande) {
    /** The longest subject, in UTF-16 code units. */
    public static final int MAX_SUBJECT_LENGTH = 500;

    /** The longest email body, in UTF-16 code units. */
    public static final int MAX_EMAIL_BODY_LENGTH = 100_000;

    /** The longest text message body, in UTF-16 code units (ten concatenated GSM segments are 1,530). */
    public static final int MAX_SMS_BODY_LENGTH = 1_600;

    /** The longest template code. */
    public static final int MAX_TEMPLATE_CODE_LENGTH = 100;

    private static final Pattern TEMPLATE_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Checks the notification and truncates its creation time to the microsecond.
     *
     * @throws InvalidNotificationException if a part is missing, misplaced or malformed
     */
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(usager, "usager");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        checkMessage(templateCode, recipient.channel(), subject, body);
        createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A notification of a rendered message.
     *
     * @param id the id (usually {@linkplain NotificationId#derived derived} from the event)
     * @param usager the usager it is for
     * @param recipient where it goes
     * @param message the message, rendered for the recipient's channel
     * @param createdAt when it is created
     * @param demande the demande it is about, or null
     * @return the notification
     * @throws InvalidNotificationException if the message was rendered for another channel
     */
    public static Notification of(
            NotificationId id,
            UsagerId usager,
            Recipient recipient,
            RenderedMessage message,
            Instant createdAt,
            @Nullable DemandeId demande) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
        if (message.channel() != recipient.channel()) {
            throw new InvalidNotificationException(
                    "channel",
                    "the message was rendered for " + message.channel() + " but the recipient is reached by "
                            + recipient.channel());
        }
        return new Notification(
                id, usager, recipient, message.templateCode(), message.subject(), message.body(), createdAt, demande);
    }

    /**
     * The channel it travels through.
     *
     * @return the recipient's channel
     */
    public NotificationChannel channel() {
        return recipient.channel();
    }

    /** {@return the id, channel and template code, without the address, subject and body (personal data)} */
    @Override
    public String toString() {
        return "Notification[" + id + ", " + channel() + ", " + templateCode + "]";
    }

    static void checkTemplateCode(String templateCode) {
        if (templateCode.length() > MAX_TEMPLATE_CODE_LENGTH
                || !TEMPLATE_CODE.matcher(templateCode).matches()) {
            throw new InvalidNotificationException(
                    "templateCode",
                    "a template code is lower-case words separated by dashes, at most " + MAX_TEMPLATE_CODE_LENGTH
                            + " characters");
        }
    }

    static void checkMessage(String templateCode, NotificationChannel channel, @Nullable String subject, String body) {
        checkTemplateCode(templateCode);
        switch (channel) {
            case EMAIL -> {
                if (subject == null || subject.isBlank()) {
                    throw new InvalidNotificationException("subject", "an email has a subject");
                }
                if (subject.length() > MAX_SUBJECT_LENGTH) {
                    throw new InvalidNotificationException(
                            "subject", "at most " + MAX_SUBJECT_LENGTH + " characters, got " + subject.length());
                }
                for (int i = 0; i < subject.length(); i++) {
                    char c = subject.charAt(i);
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        throw new InvalidNotificationException(
                                "subject", "one line without control characters (position " + (i + 1) + ")");
                    }
                }
                checkText("subject", subject);
                checkBody(body, MAX_EMAIL_BODY_LENGTH);
            }
            case SMS -> {
                if (subject != null) {
                    throw new InvalidNotificationException("subject", "a text message has no subject");
                }
                checkBody(body, MAX_SMS_BODY_LENGTH);
            }
        }
    }

    private static void checkBody(String body, int maxLength) {
        if (body.isBlank()) {
            throw new InvalidNotificationException("body", "is blank");
        }
        if (body.length() > maxLength) {
            throw new InvalidNotificationException(
                    "body", "at most " + maxLength + " characters, got " + body.length());
        }
        checkText("body", body);
    }

    /** Refuses what neither a database nor a channel can carry: U+0000 and lone surrogates. */
    private static void checkText(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new InvalidNotificationException(field, "holds the character U+0000 at position " + (i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidNotificationException(field, "holds a lone surrogate at position " + (i + 1));
            }
        }
    }
}
