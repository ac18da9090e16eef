package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.usager.UsagerId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {
    static final Instant NOW = Instant.parse("2026-03-14T09:00:00.123456789Z");
    static final Recipient EMAIL = Recipient.email(Email.parse("claire.dupont@example.fr"));
    static final Recipient SMS = Recipient.sms(Telephone.parse("06 12 34 56 78"));

    static Notification email(String subject, String body) {
        return new Notification(
                NotificationId.derived("test", "1"),
                UsagerId.random(),
                EMAIL,
                "accuse-reception",
                subject,
                body,
                NOW,
                null);
    }

    static Notification sms(String body) {
        return new Notification(
                NotificationId.derived("test", "2"), UsagerId.random(), SMS, "accuse-reception", null, body, NOW, null);
    }

    @Test
    void keepsTheCreationTimeToTheMicrosecond() {
        assertThat(email("Sujet", "Texte").createdAt()).isEqualTo(Instant.parse("2026-03-14T09:00:00.123456Z"));
    }

    @Test
    void takesItsChannelFromItsRecipient() {
        assertThat(email("Sujet", "Texte").channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(sms("Texte").channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(EMAIL.address()).isEqualTo("claire.dupont@example.fr");
        assertThat(SMS.address()).isEqualTo("+33612345678");
    }

    @Test
    void buildsANotificationFromAMessageRenderedForItsChannel() {
        RenderedMessage message = new RenderedMessage("decision-acceptee", NotificationChannel.SMS, null, "Acceptée");
        DemandeId demande = DemandeId.random();
        UsagerId usager = UsagerId.random();
        NotificationId id = NotificationId.derived("decision", demande.toString());

        Notification notification = Notification.of(id, usager, SMS, message, NOW, demande);

        assertThat(notification)
                .isEqualTo(new Notification(id, usager, SMS, "decision-acceptee", null, "Acceptée", NOW, demande));
        assertThatThrownBy(() -> Notification.of(id, usager, EMAIL, message, NOW, demande))
                .isInstanceOfSatisfying(InvalidNotificationException.class, e -> assertThat(e.field())
                        .isEqualTo("channel"));
    }

    @Test
    void refusesAnEmailWithoutASubjectOrATextMessageWithOne() {
        assertThatThrownBy(() -> email(null, "Texte"))
                .isInstanceOfSatisfying(InvalidNotificationException.class, e -> assertThat(e.field())
                        .isEqualTo("subject"));
        assertThatThrownBy(() -> email("  ", "Texte")).isInstanceOf(InvalidNotificationException.class);
        assertThatThrownBy(() -> new Notification(
                        NotificationId.derived("t", "k"), UsagerId.random(), SMS, "x", "Sujet", "Texte", NOW, null))
                .isInstanceOfSatisfying(InvalidNotificationException.class, e -> assertThat(e.field())
                        .isEqualTo("subject"));
    }

    @Test
    void refusesASubjectOnSeveralLinesWithoutQuotingIt() {
        assertThatThrownBy(() -> email("Secret Dupont\r\nBcc: x@example.fr", "Texte"))
                .isInstanceOf(InvalidNotificationException.class)
                .message()
                .doesNotContain("Secret");
        assertThatThrownBy(() -> email("Ligne\u2028suivante", "Texte"))
                .isInstanceOf(InvalidNotificationException.class);
        assertThatThrownBy(() -> email("x".repeat(Notification.MAX_SUBJECT_LENGTH + 1), "Texte"))
                .isInstanceOf(InvalidNotificationException.class);
    }

    @Test
    void refusesABlankOrTooLongBody() {
        assertThatThrownBy(() -> sms(" \n "))
                .isInstanceOfSatisfying(InvalidNotificationException.class, e -> assertThat(e.field())
                        .isEqualTo("body"));
        assertThatThrownBy(() -> sms("x".repeat(Notification.MAX_SMS_BODY_LENGTH + 1)))
                .isInstanceOf(InvalidNotificationException.class);
        assertThatThrownBy(() -> email("Sujet", "x".repeat(Notification.MAX_EMAIL_BODY_LENGTH + 1)))
                .isInstanceOf(InvalidNotificationException.class);
        assertThat(email("Sujet", "x".repeat(Notification.MAX_EMAIL_BODY_LENGTH))
                        .body())
                .hasSize(Notification.MAX_EMAIL_BODY_LENGTH);
    }

    @Test
    void refusesWhatNoDatabaseNorChannelCarries() {
        assertThatThrownBy(() -> sms("a\u0000b")).isInstanceOf(InvalidNotificationException.class);
        assertThatThrownBy(() -> sms("a\uD800b")).isInstanceOf(InvalidNotificationException.class);
        assertThatThrownBy(() -> sms("a\uDC00")).isInstanceOf(InvalidNotificationException.class);
        assertThat(sms("emoji \uD83D\uDCE8 ok").body()).contains("\uD83D\uDCE8");
    }

    @Test
    void refusesAMalformedTemplateCode() {
        for (String code :
                new String[] {"", "Accuse", "accuse_reception", "-accuse", "accuse--reception", "a".repeat(101)}) {
            assertThatThrownBy(() -> new Notification(
                            NotificationId.derived("t", "k"), UsagerId.random(), SMS, code, null, "Texte", NOW, null))
                    .as(code)
                    .isInstanceOfSatisfying(InvalidNotificationException.class, e -> assertThat(e.field())
                            .isEqualTo("templateCode"));
        }
    }

    @Test
    void showsNeitherAddressNorSubjectNorBodyInItsText() {
        Notification notification = email("Sujet secret", "Texte secret");

        assertThat(notification.toString())
                .contains(notification.id().toString(), "EMAIL", "accuse-reception")
                .doesNotContain("secret", "dupont", "Sujet");
        assertThat(EMAIL.toString()).doesNotContain("dupont");
        assertThat(SMS.toString()).doesNotContain("612345678");
        assertThat(new RenderedMessage("x", NotificationChannel.SMS, null, "Texte secret").toString())
                .doesNotContain("secret");
    }
}
