package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
    private static String visible(String text) {
        return text.replace('\u00A0', '~').replace('\u202F', '^');
    }

    // building

    @Test
    void appliesFrenchTypographyToAnEmailTemplateOnly() {
        MessageTemplate email = MessageTemplate.email("rappel-rdv", "Rappel : {{date}}", "Rendez-vous le {{date}} !");
        MessageTemplate sms = MessageTemplate.sms("rappel-rdv", "Rendez-vous le {{date}} !");

        assertThat(visible(email.subject())).isEqualTo("Rappel~: {{date}}");
        assertThat(visible(email.body())).isEqualTo("Rendez-vous le {{date}}^!");
        assertThat(sms.body()).isEqualTo("Rendez-vous le {{date}} !");
    }

    @Test
    void listsItsPlaceholdersSubjectFirstInOrder() {
        MessageTemplate template =
                MessageTemplate.email("x", "{{reference}} {{date}}", "{{nom}} {{reference}} {{lieu}} {{nom}}");

        assertThat(template.placeholders()).containsExactly("reference", "date", "nom", "lieu");
    }

    @Test
    void refusesMalformedPlaceholdersSayingWhere() {
        for (String body : List.of(
                "Bonjour {{nom}",
                "Bonjour {{ nom }}",
                "Bonjour {{Nom}}",
                "Bonjour {{}}",
                "Bonjour nom}}",
                "Bonjour {{1nom}}",
                "Bonjour {{{nom}}}",
                "{{" + "n".repeat(65) + "}}")) {
            assertThatThrownBy(() -> MessageTemplate.sms("x", body))
                    .as(body)
                    .isInstanceOfSatisfying(InvalidTemplateException.class, e -> {
                        assertThat(e.templateCode()).isEqualTo("x");
                        assertThat(e.reason()).startsWith("body, position ");
                    });
        }
        assertThatThrownBy(() -> MessageTemplate.email("x", "Sujet {{nom", "Texte"))
                .isInstanceOfSatisfying(InvalidTemplateException.class, e -> assertThat(e.reason())
                        .startsWith("subject, position 7"));
        assertThat(MessageTemplate.sms("x", "accolades { simples } et {{nom}}").placeholders())
                .containsExactly("nom");
    }

    @Test
    void refusesAMisplacedOrMissingPart() {
        assertThatThrownBy(() -> new MessageTemplate("x", NotificationChannel.SMS, "Sujet", "Texte"))
                .isInstanceOf(InvalidTemplateException.class);
        assertThatThrownBy(() -> new MessageTemplate("x", NotificationChannel.EMAIL, null, "Texte"))
                .isInstanceOf(InvalidTemplateException.class);
        assertThatThrownBy(() -> MessageTemplate.email("x", "Sujet\nBcc", "Texte"))
                .isInstanceOf(InvalidTemplateException.class);
        assertThatThrownBy(() -> MessageTemplate.sms("x", " ")).isInstanceOf(InvalidTemplateException.class);
        assertThatThrownBy(() -> MessageTemplate.sms("Rappel RDV", "Texte"))
                .isInstanceOf(InvalidTemplateException.class);
    }

    // rendering

    @Test
    void insertsValuesVerbatimInOnePass() {
        MessageTemplate template = MessageTemplate.sms("x", "{{a}}|{{b}}");

        RenderedMessage message = template.render(Map.of("a", "{{b}}", "b", "<b>&amp;</b>"));

        assertThat(message.body()).isEqualTo("{{b}}|<b>&amp;</b>");
        assertThat(message.templateCode()).isEqualTo("x");
        assertThat(message.channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(message.subject()).isNull();
    }

    @Test
    void refusesAMissingVariableNamingIt() {
        MessageTemplate template = MessageTemplate.sms("x", "{{reference}} le {{date_limite}}");
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("reference", "2026-000123");
        withNull.put("date_limite", null);

        assertThatThrownBy(() -> template.render(Map.of("reference", "2026-000123")))
                .isInstanceOfSatisfying(MissingTemplateVariableException.class, e -> {
                    assertThat(e.templateCode()).isEqualTo("x");
                    assertThat(e.variable()).isEqualTo("date_limite");
                    assertThat(e.suggestion()).isEmpty();
                })
                .message()
                .doesNotContain("2026-000123");
        assertThatThrownBy(() -> template.render(withNull)).isInstanceOf(MissingTemplateVariableException.class);
    }

    @Test
    void suggestsTheMisspeltVariableOfAMissingOne() {
        MessageTemplate template = MessageTemplate.sms("x", "{{reference}} le {{date_limite}}");

        assertThatThrownBy(() -> template.render(Map.of("reference", "r", "date_limte", LocalDate.of(2026, 11, 23))))
                .isInstanceOfSatisfying(MissingTemplateVariableException.class, e -> {
                    assertThat(e.variable()).isEqualTo("date_limite");
                    assertThat(e.suggestion()).contains("date_limte");
                });
    }

    @Test
    void refusesAnUnusedVariableThatLooksLikeAMisspelling() {
        MessageTemplate template = MessageTemplate.sms("x", "{{reference}} : {{motif}}");

        for (String typo : List.of("Reference", "refernce", "referecne", "motifs", "moitf")) {
            assertThatThrownBy(() -> template.render(Map.of("reference", "r", "motif", "m", typo, "t")))
                    .as(typo)
                    .isInstanceOfSatisfying(TemplateVariableTypoException.class, e -> {
                        assertThat(e.variable()).isEqualTo(typo);
                        assertThat(e.suggestion()).isIn("reference", "motif");
                    });
        }
    }

    @Test
    void ignoresAnUnusedVariableThatLooksLikeNoPlaceholder() {
        MessageTemplate template = MessageTemplate.sms("x", "{{reference}} : {{motif}}");

        assertThat(template.render(Map.of("reference", "r", "motif", "m", "collectivite", "c", "date", "d"))
                        .body())
                .isEqualTo("r : m");
    }

    @Test
    void formatsDatesTimesAndNumbersTheFrenchWay() {
        MessageTemplate email =
                MessageTemplate.email("x", "{{d}}", "{{d}}|{{first}}|{{t}}|{{t0}}|{{dt}}|{{n}}|{{small}}");
        MessageTemplate sms = MessageTemplate.sms("x", "{{d}}|{{t}}|{{dt}}|{{n}}");
        Map<String, Object> values = Map.of(
                "d", LocalDate.of(2026, 11, 23),
                "first", LocalDate.of(2026, 4, 1),
                "t", LocalTime.of(14, 30),
                "t0", LocalTime.of(9, 0),
                "dt", LocalDateTime.of(2026, 11, 23, 8, 5),
                "n", 1_234_567,
                "small", -1250L);

        assertThat(visible(email.render(values).body()))
                .isEqualTo("lundi 23 novembre 2026|mercredi 1er avril 2026|14~h~30|9~h|lundi 23 novembre 2026 à 8~h~05"
                        + "|1^234^567|-1250");
        assertThat(email.render(values).subject()).isEqualTo("lundi 23 novembre 2026");
        assertThat(sms.render(values).body()).isEqualTo("23/11/2026|14 h 30|23/11/2026 à 8 h 05|1 234 567");
    }

    @Test
    void showsInstantsAndZonedTimesInParisTime() {
        MessageTemplate sms = MessageTemplate.sms("x", "{{i}}|{{z}}|{{o}}");
        Instant instant = Instant.parse("2026-07-14T22:30:00Z"); // 00:30 on the 15th in Paris (summer time)

        assertThat(sms.render(Map.of(
                                "i", instant,
                                "z", ZonedDateTime.ofInstant(instant, ZoneOffset.UTC),
                                "o",
                                        OffsetDateTime.ofInstant(
                                                Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.ofHours(-5))))
                        .body())
                .isEqualTo("15/07/2026 à 0 h 30|15/07/2026 à 0 h 30|10/01/2026 à 13 h");
    }

    @Test
    void rendersAListAsLinesInAnEmailAndWithCommasInATextMessage() {
        Map<String, Object> values = Map.of("pieces", List.of("Livret de famille", "Justificatif de domicile"));

        assertThat(MessageTemplate.email("x", "Pièces", "Pièces :\n{{pieces}}")
                        .render(values)
                        .body())
                .isEqualTo("Pièces\u00A0:\n- Livret de famille\n- Justificatif de domicile");
        assertThat(MessageTemplate.sms("x", "Pièces : {{pieces}}")
                        .render(values)
                        .body())
                .isEqualTo("Pièces : Livret de famille, Justificatif de domicile");
        assertThat(MessageTemplate.email("x", "Pièces : {{pieces}}", "Texte")
                        .render(values)
                        .subject())
                .isEqualTo("Pièces\u00A0: - Livret de famille - Justificatif de domicile");
    }

    @Test
    void keepsASubjectOnOneLineWhateverItsValues() {
        MessageTemplate template = MessageTemplate.email("x", "Demande {{reference}}", "{{reference}}");

        RenderedMessage message = template.render(Map.of("reference", "2026\r\nBcc: x@example.fr\u0085"));

        assertThat(message.subject()).isEqualTo("Demande 2026  Bcc: x@example.fr ");
        assertThat(message.body()).isEqualTo("2026\r\nBcc: x@example.fr\u0085");
    }

    @Test
    void refusesValuesItCannotRender() {
        MessageTemplate template = MessageTemplate.sms("x", "{{v}}");

        for (Object value : List.of(
                new BigDecimal("12.50"),
                1.5,
                List.of(),
                Arrays.asList("a", null),
                List.of(List.of("a")),
                "a\u0000b",
                "a\uD800",
                Set.of())) {
            assertThatThrownBy(() -> template.render(Map.of("v", value)))
                    .as(String.valueOf(value))
                    .isInstanceOfSatisfying(InvalidTemplateValueException.class, e -> {
                        assertThat(e.variable()).isEqualTo("v");
                        assertThat(e.templateCode()).isEqualTo("x");
                    });
        }
    }

    @Test
    void refusesATextMessageTakingTooManySegments() {
        MessageTemplate template = MessageTemplate.sms("x", "{{texte}}");

        assertThat(template.render(Map.of("texte", "a".repeat(459))).body()).hasSize(459);
        assertThatThrownBy(() -> template.render(Map.of("texte", "a".repeat(460))))
                .isInstanceOfSatisfying(SmsTooLongException.class, e -> {
                    assertThat(e.maxSegments()).isEqualTo(MessageTemplates.DEFAULT_MAX_SMS_SEGMENTS);
                    assertThat(e.length()).isEqualTo(new SmsLength(SmsEncoding.GSM_7, 460, 4));
                });
        assertThatThrownBy(() -> template.render(Map.of("texte", "ê".repeat(202))))
                .isInstanceOfSatisfying(SmsTooLongException.class, e -> assertThat(e.length())
                        .isEqualTo(new SmsLength(SmsEncoding.UCS_2, 202, 4)));
    }
}
