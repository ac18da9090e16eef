package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailHtmlTest {
    @Test
    void escapesEverySignThatCouldBecomeMarkup() {
        assertThat(EmailHtml.escape("<script>alert(\"x\" & 'y')</script>"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
    }

    @Test
    void turnsLineBreaksIntoBrTags() {
        assertThat(EmailHtml.escape("a\nb\r\nc")).isEqualTo("a<br>\nb<br>\nc");
    }

    @Test
    void writesAMinimalFrenchDocument() {
        assertThat(EmailHtml.document("Demande <n° 1>", "Bonjour,\n\nMairie & Co"))
                .isEqualTo("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<title>Demande &lt;n° 1&gt;</title>\n</head>\n<body>\n"
                        + "<div>Bonjour,<br>\n<br>\nMairie &amp; Co</div>\n</body>\n</html>\n");
    }

    @Test
    void givesTheHtmlFormOfAnEmailNotificationOnly() {
        Notification email = NotificationTest.email("Sujet", "<b>Texte</b>");

        assertThat(EmailHtml.of(email)).contains("<title>Sujet</title>", "&lt;b&gt;Texte&lt;/b&gt;");
        assertThatThrownBy(() -> EmailHtml.of(NotificationTest.sms("Texte")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
