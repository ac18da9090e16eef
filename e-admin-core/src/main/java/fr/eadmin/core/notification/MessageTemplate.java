package fr.eadmin.core.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The text of one kind of message on one channel, with {@code {{name}}} placeholders: an email (subject and
 * body) or a text message (body only). Placeholder names are lower-case letters, digits and underscores,
 * starting with a letter; a {@code {{} that does not open such a placeholder, or a {@code }}} that closes none,
 * makes the template invalid (there is no escape: templates do not need literal double braces).
 *
 * <p>The text of an email template gets French typography when the template is built (see {@link
 * #email(String, String, String)}); the values inserted when rendering are never changed. Text message
 * templates are kept as written: their text should stay in the GSM alphabet (see {@link SmsLength}) so that a
 * message is not sent in UCS-2, which holds less than half as many characters per segment.
 *
 * {@snippet :
 * MessageTemplate template = MessageTemplate.sms("rappel-rdv", "{{collectivite}} : rendez-vous le {{date}}.");
 * RenderedMessage message = template.render(Map.of("collectivite", "Mairie de Lyon", "date", rendezVous));
 * }
 *
 * @param code what kind of message this is, such as {@code "accuse-reception"}: lower-case words separated by
 *     dashes
 * @param channel the channel it is written for
 * @param subject the subject of an email (one line); null for a text message
 * @param body the body
 */
public record MessageTemplate(
        String code, NotificationChannel channel, @Nullable String subject, String body) {
    /**
     * Checks the template; applies French typography to an email's subject and body.
     *
     * @throws InvalidTemplateException if the code is malformed, a part is missing or misplaced, or a
     *     placeholder is malformed
     */
    public MessageTemplate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        try {
            Notification.checkTemplateCode(code);
        } catch (InvalidNotificationException e) {
            throw new InvalidTemplateException("(unnamed)", "malformed code: " + e.getMessage(), e);
        }
        if (body.isBlank()) {
            throw new InvalidTemplateException(code, "the body is blank", null);
        }
        switch (channel) {
            case EMAIL -> {
                if (subject == null || subject.isBlank()) {
                    throw new InvalidTemplateException(code, "an email template has a subject", null);
                }
                for (int i = 0; i < subject.length(); i++) {
                    char c = subject.charAt(i);
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        throw new InvalidTemplateException(
                                code, "the subject is one line without control characters", null);
                    }
                }
                subject = FrenchTypography.apply(subject);
                body = FrenchTypography.apply(body);
                TemplateText.parse(code, "subject", subject);
            }
            case SMS -> {
                if (subject != null) {
                    throw new InvalidTemplateException(code, "a text message template has no subject", null);
                }
            }
        }
        TemplateText.parse(code, "body", body);
    }

    /**
     * An email template.
     *
     * @param code what kind of message this is
     * @param subject the subject, one line
     * @param body the body, plain text
     * @return the template, French typography applied
     * @throws InvalidTemplateException if a part is malformed
     */
    public static MessageTemplate email(String code, String subject, String body) {
        return new MessageTemplate(code, NotificationChannel.EMAIL, Objects.requireNonNull(subject, "subject"), body);
    }

    /**
     * A text message template.
     *
     * @param code what kind of message this is
     * @param body the body
     * @return the template
     * @throws InvalidTemplateException if a part is malformed
     */
    public static MessageTemplate sms(String code, String body) {
        return new MessageTemplate(code, NotificationChannel.SMS, null, body);
    }

    /**
     * The names of the placeholders the template uses, subject first, in order of first appearance.
     *
     * @return the placeholder names
     */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        if (subject != null) {
            names.addAll(TemplateText.parse(code, "subject", subject).placeholders());
        }
        names.addAll(TemplateText.parse(code, "body", body).placeholders());
        return names;
    }

    /**
     * Renders the template on its own, a text message limited to {@value
     * MessageTemplates#DEFAULT_MAX_SMS_SEGMENTS} segments. The rules are those of {@link
     * MessageTemplates#render}, the template's variables being its placeholders.
     *
     * @param variables the value of each placeholder
     * @return the rendered message
     * @throws MissingTemplateVariableException if a placeholder has no value
     * @throws TemplateVariableTypoException if a variable is not a placeholder but looks like a misspelling of
     *     one
     * @throws InvalidTemplateValueException if a value cannot be rendered
     * @throws SmsTooLongException if a text message takes too many segments
     */
    public RenderedMessage render(Map<String, ?> variables) {
        Objects.requireNonNull(variables, "variables");
        return Renderer.render(this, variables, Set.of(), MessageTemplates.DEFAULT_MAX_SMS_SEGMENTS);
    }

    /** {@return the code and channel (the text is shown by the accessors)} */
    @Override
    public String toString() {
        return "MessageTemplate[" + code + ", " + channel + "]";
    }
}
