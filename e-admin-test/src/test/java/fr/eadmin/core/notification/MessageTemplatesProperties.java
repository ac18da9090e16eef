package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.test.arbitraries.NotificationArbitraries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Any values render without exception and appear verbatim in the text, escaped in the HTML. */
class MessageTemplatesProperties {
    private static final List<String> TEXT_VARIABLES = List.of(
            "collectivite",
            "teleservice",
            "reference",
            "service",
            "decision_implicite",
            "url_suivi",
            "motif",
            "action");

    @Property(tries = 300)
    void rendersAnyValuesVerbatimInEveryStandardEmail(
            @ForAll("codes") String code,
            @ForAll @Size(value = 8) List<@From("longTexts") String> texts,
            @ForAll @Size(min = 1, max = 5) List<@From("longTexts") String> pieces,
            @ForAll("dates") LocalDate date) {
        Map<String, Object> variables = variables(texts, pieces, date);
        MessageTemplate template = MessageTemplates.french().template(code, NotificationChannel.EMAIL);

        RenderedMessage message = MessageTemplates.french().render(code, NotificationChannel.EMAIL, variables);

        Notification notification = Notification.of(
                NotificationId.derived("property", code),
                UsagerId.random(),
                Recipient.email(Email.parse("usager@example.fr")),
                message,
                Instant.EPOCH,
                null);
        String html = EmailHtml.of(notification);
        String subjectTemplate = template.subject();
        for (String name : TEXT_VARIABLES) {
            String value = (String) variables.get(name);
            if (template.body().contains("{{" + name + "}}")) {
                assertThat(message.body()).as(name).contains(value);
                assertThat(html).as(name).contains(EmailHtml.escape(value));
            }
            if (subjectTemplate != null && subjectTemplate.contains("{{" + name + "}}")) {
                assertThat(message.subject()).as(name).contains(oneLine(value));
            }
        }
        if (template.body().contains("{{pieces}}")) {
            for (String piece : pieces) {
                assertThat(message.body()).contains("- " + piece);
                assertThat(html).contains(EmailHtml.escape("- " + piece));
            }
        }
    }

    @Property(tries = 300)
    void rendersAnyValuesVerbatimInEveryStandardTextMessage(
            @ForAll("codes") String code,
            @ForAll @Size(value = 8) List<@From("shortTexts") String> texts,
            @ForAll @Size(min = 1, max = 3) List<@From("shortTexts") String> pieces,
            @ForAll("dates") LocalDate date) {
        Map<String, Object> variables = variables(texts, pieces, date);
        MessageTemplates templates = MessageTemplates.french().withMaxSmsSegments(10);
        MessageTemplate template = templates.template(code, NotificationChannel.SMS);

        RenderedMessage message = templates.render(code, NotificationChannel.SMS, variables);

        for (String name : TEXT_VARIABLES) {
            if (template.body().contains("{{" + name + "}}")) {
                assertThat(message.body()).as(name).contains((String) variables.get(name));
            }
        }
        assertThat(SmsLength.of(message.body()).segments()).isLessThanOrEqualTo(10);
    }

    @Property(tries = 500)
    void insertsValuesInOnePassWithoutReadingThem(@ForAll("longTexts") String a, @ForAll("longTexts") String b) {
        MessageTemplate template = MessageTemplate.email("x", "Demande {{a}}", "{{a}}|{{b}}");

        RenderedMessage message = template.render(Map.of("a", a, "b", b));

        assertThat(message.body()).isEqualTo(a + "|" + b);
        assertThat(message.subject()).isEqualTo("Demande " + oneLine(a));
    }

    @Property(tries = 500)
    void leavesThePlaceholdersOfATemplateAsTheyWereWhenApplyingTypography(@ForAll("templateTexts") String text) {
        TemplateText written = TemplateText.parse("x", "body", text);

        MessageTemplate template = MessageTemplate.email("x", "Sujet", text);

        assertThat(TemplateText.parse("x", "body", template.body()).parts())
                .filteredOn(part -> part instanceof TemplateText.Placeholder)
                .isEqualTo(written.parts().stream()
                        .filter(part -> part instanceof TemplateText.Placeholder)
                        .toList());
    }

    private static Map<String, Object> variables(List<String> texts, List<String> pieces, LocalDate date) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < TEXT_VARIABLES.size(); i++) {
            variables.put(TEXT_VARIABLES.get(i), texts.get(i));
        }
        variables.put("pieces", pieces);
        variables.put("date_depot", date);
        variables.put("date_limite", date.plusDays(60));
        variables.put("date_decision", date.plusDays(30));
        return variables;
    }

    private static String oneLine(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(
                MessageTemplates.ACCUSE_RECEPTION,
                MessageTemplates.PIECES_DEMANDEES,
                MessageTemplates.DECISION_ACCEPTEE,
                MessageTemplates.DECISION_REFUSEE,
                MessageTemplates.CLASSEMENT_SANS_SUITE,
                MessageTemplates.RAPPEL_ECHEANCE);
    }

    @Provide
    Arbitrary<String> longTexts() {
        return NotificationArbitraries.texts(120);
    }

    @Provide
    Arbitrary<String> shortTexts() {
        return NotificationArbitraries.texts(30);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2200, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> templateTexts() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("Bonjour", "demande", "l'accusé", "n°", "https://x.fr/a?b=c", "14:30", "«", "»"),
                Arbitraries.of(" ", "  ", "\n", ":", ";", "!", "?", "'", ",", "{", "}", "\u00A0"),
                Arbitraries.of("reference", "date_limite", "url", "a1").map(name -> "{{" + name + "}}"));
        return token.list()
                .ofMinSize(1)
                .ofMaxSize(30)
                .map(tokens -> String.join("", tokens))
                .filter(text -> !text.isBlank()
                        && !text.contains("{{{")
                        && !text.contains("}}}")
                        && !text.replaceAll("\\{\\{[a-z0-9_]+}}", "").contains("{{")
                        && !text.replaceAll("\\{\\{[a-z0-9_]+}}", "").contains("}}"));
    }
}
