package fr.eadmin.core.notification;

import static fr.eadmin.core.notification.MessageTemplates.ACCUSE_RECEPTION;
import static fr.eadmin.core.notification.MessageTemplates.CLASSEMENT_SANS_SUITE;
import static fr.eadmin.core.notification.MessageTemplates.DECISION_ACCEPTEE;
import static fr.eadmin.core.notification.MessageTemplates.DECISION_REFUSEE;
import static fr.eadmin.core.notification.MessageTemplates.PIECES_DEMANDEES;
import static fr.eadmin.core.notification.MessageTemplates.RAPPEL_ECHEANCE;
import static fr.eadmin.core.notification.NotificationChannel.EMAIL;
import static fr.eadmin.core.notification.NotificationChannel.SMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {
    private static final List<String> STANDARD_CODES = List.of(
            ACCUSE_RECEPTION,
            PIECES_DEMANDEES,
            DECISION_ACCEPTEE,
            DECISION_REFUSEE,
            CLASSEMENT_SANS_SUITE,
            RAPPEL_ECHEANCE);

    /** Every variable of every standard code, as the demande engine gives them. */
    static Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("collectivite", "Mairie de Lyon");
        variables.put("teleservice", "Inscription scolaire");
        variables.put("reference", "2026-000123");
        variables.put("service", "Service des affaires scolaires");
        variables.put("date_depot", LocalDate.of(2026, 11, 2));
        variables.put("date_limite", LocalDate.of(2026, 11, 23));
        variables.put("date_decision", LocalDate.of(2026, 4, 1));
        variables.put("decision_implicite", "acceptée");
        variables.put("url_suivi", "https://demarches.lyon.fr/suivi/2026-000123");
        variables.put("pieces", List.of("Justificatif de domicile de moins de 3 mois", "Livret de famille"));
        variables.put("motif", "Le dossier est arrivé hors délai.");
        variables.put("action", "déposer les pièces demandées");
        return variables;
    }

    /** Writes {@code ~} for U+00A0 and {@code ^} for U+202F, which the golden texts show that way. */
    private static String visible(String text) {
        return text.replace('\u00A0', '~').replace('\u202F', '^');
    }

    private static RenderedMessage render(String code, NotificationChannel channel) {
        return MessageTemplates.french().render(code, channel, variables());
    }

    private static final String NO_REPLY = "Ce message est envoyé automatiquement~: merci de ne pas y répondre.";

    // the standard templates

    @Test
    void hasEveryStandardCodeByEmailAndByTextMessage() {
        assertThat(MessageTemplates.french().templates())
                .extracting(t -> t.code() + " " + t.channel())
                .containsExactlyInAnyOrderElementsOf(STANDARD_CODES.stream()
                        .flatMap(code -> List.of(code + " EMAIL", code + " SMS").stream())
                        .toList());
    }

    @Test
    void usesOnlyEachCodesVariables() {
        for (MessageTemplate template : MessageTemplates.french().templates()) {
            assertThat(MessageTemplates.french().variables(template.code()))
                    .as(template.toString())
                    .containsAll(template.placeholders());
        }
        assertThat(MessageTemplates.french().variables(ACCUSE_RECEPTION))
                .containsExactly(
                        "collectivite",
                        "teleservice",
                        "reference",
                        "service",
                        "date_depot",
                        "date_limite",
                        "decision_implicite",
                        "url_suivi");
    }

    @Test
    void writesTextMessageTemplatesInTheGsmAlphabet() {
        for (MessageTemplate template : MessageTemplates.french().templates()) {
            if (template.channel() == SMS) {
                assertThat(SmsLength.isGsm7(template.body()))
                        .as(template.code())
                        .isTrue();
            }
        }
    }

    @Test
    void fitsEveryTextMessageInTwoGsmSegmentsWithTypicalValues() {
        for (String code : STANDARD_CODES) {
            SmsLength length = SmsLength.of(render(code, SMS).body());
            assertThat(length.encoding()).as(code).isEqualTo(SmsEncoding.GSM_7);
            assertThat(length.segments()).as(code).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void rendersTheAccuseDeReception() {
        RenderedMessage email = render(ACCUSE_RECEPTION, EMAIL);

        assertThat(visible(email.subject())).isEqualTo("Accusé de réception de votre demande n°~2026-000123");
        assertThat(visible(email.body())).isEqualTo("""
                        Bonjour,

                        Votre demande «~Inscription scolaire~» a bien été reçue le lundi 2 novembre 2026. \
                        Elle est enregistrée sous la référence 2026-000123.
                        Service instructeur~: Service des affaires scolaires.

                        En l’absence de décision au plus tard le lundi 23 novembre 2026, \
                        votre demande sera réputée acceptée.

                        Vous pouvez suivre son avancement et télécharger l’accusé de réception officiel \
                        sur votre espace~: https://demarches.lyon.fr/suivi/2026-000123

                        %s

                        Mairie de Lyon""".formatted(NO_REPLY));
        assertThat(render(ACCUSE_RECEPTION, SMS).body())
                .isEqualTo("Mairie de Lyon : votre demande 2026-000123 a bien été enregistrée le 02/11/2026."
                        + " Sans décision le 23/11/2026, elle sera réputée acceptée."
                        + " Suivi : https://demarches.lyon.fr/suivi/2026-000123");
    }

    @Test
    void rendersTheRequestForPieces() {
        RenderedMessage email = render(PIECES_DEMANDEES, EMAIL);

        assertThat(visible(email.subject())).isEqualTo("Pièces à fournir pour votre demande n°~2026-000123");
        assertThat(visible(email.body())).isEqualTo("""
                        Bonjour,

                        Pour instruire votre demande «~Inscription scolaire~» (référence 2026-000123), \
                        nous avons besoin des pièces suivantes~:
                        - Justificatif de domicile de moins de 3 mois
                        - Livret de famille

                        Merci de les déposer au plus tard le lundi 23 novembre 2026 sur votre espace~: \
                        https://demarches.lyon.fr/suivi/2026-000123

                        Le délai d’instruction de votre demande ne court qu’à compter de la réception de ces pièces.

                        %s

                        Mairie de Lyon""".formatted(NO_REPLY));
        assertThat(render(PIECES_DEMANDEES, SMS).body())
                .isEqualTo(
                        "Mairie de Lyon : des pièces manquent pour votre demande 2026-000123."
                                + " Merci de les déposer au plus tard le 23/11/2026 : https://demarches.lyon.fr/suivi/2026-000123");
    }

    @Test
    void rendersTheDecisions() {
        assertThat(visible(render(DECISION_ACCEPTEE, EMAIL).subject()))
                .isEqualTo("Votre demande n°~2026-000123 est acceptée");
        assertThat(visible(render(DECISION_ACCEPTEE, EMAIL).body())).isEqualTo("""
                        Bonjour,

                        Nous avons le plaisir de vous informer que votre demande «~Inscription scolaire~» \
                        (référence 2026-000123) a été acceptée le mercredi 1er avril 2026.

                        La décision et les documents qui l’accompagnent sont disponibles sur votre espace~: \
                        https://demarches.lyon.fr/suivi/2026-000123

                        %s

                        Mairie de Lyon""".formatted(NO_REPLY));
        assertThat(render(DECISION_ACCEPTEE, SMS).body())
                .isEqualTo("Mairie de Lyon : votre demande 2026-000123 a été acceptée."
                        + " Détails : https://demarches.lyon.fr/suivi/2026-000123");

        assertThat(visible(render(DECISION_REFUSEE, EMAIL).subject()))
                .isEqualTo("Décision sur votre demande n°~2026-000123");
        assertThat(visible(render(DECISION_REFUSEE, EMAIL).body())).isEqualTo("""
                        Bonjour,

                        Nous sommes au regret de vous informer que votre demande «~Inscription scolaire~» \
                        (référence 2026-000123) a été refusée le mercredi 1er avril 2026.

                        Motif~: Le dossier est arrivé hors délai.

                        La décision, disponible sur votre espace, précise les voies et délais de recours~: \
                        https://demarches.lyon.fr/suivi/2026-000123

                        %s

                        Mairie de Lyon""".formatted(NO_REPLY));
        assertThat(render(DECISION_REFUSEE, SMS).body())
                .isEqualTo("Mairie de Lyon : votre demande 2026-000123 a été refusée."
                        + " Motifs et voies de recours : https://demarches.lyon.fr/suivi/2026-000123");
    }

    @Test
    void rendersTheClassementSansSuite() {
        assertThat(visible(render(CLASSEMENT_SANS_SUITE, EMAIL).subject()))
                .isEqualTo("Votre demande n°~2026-000123 est classée sans suite");
        assertThat(visible(render(CLASSEMENT_SANS_SUITE, EMAIL).body())).isEqualTo("""
                        Bonjour,

                        Votre demande «~Inscription scolaire~» (référence 2026-000123) a été classée sans suite \
                        le mercredi 1er avril 2026.

                        Motif~: Le dossier est arrivé hors délai.

                        Vous pouvez consulter votre dossier sur votre espace~: https://demarches.lyon.fr/suivi/2026-000123

                        %s

                        Mairie de Lyon""".formatted(NO_REPLY));
        assertThat(render(CLASSEMENT_SANS_SUITE, SMS).body())
                .isEqualTo("Mairie de Lyon : votre demande 2026-000123 a été classée sans suite."
                        + " Détails : https://demarches.lyon.fr/suivi/2026-000123");
    }

    @Test
    void rendersTheReminderBeforeADeadline() {
        assertThat(visible(render(RAPPEL_ECHEANCE, EMAIL).subject()))
                .isEqualTo("Rappel~: échéance le lundi 23 novembre 2026 pour votre demande n°~2026-000123");
        assertThat(visible(render(RAPPEL_ECHEANCE, EMAIL).body())).isEqualTo("""
                        Bonjour,

                        Nous vous rappelons que vous devez déposer les pièces demandées au plus tard le \
                        lundi 23 novembre 2026, pour votre demande «~Inscription scolaire~» (référence 2026-000123).

                        Rendez-vous sur votre espace~: https://demarches.lyon.fr/suivi/2026-000123

                        %s

                        Mairie de Lyon""".formatted(NO_REPLY));
        assertThat(render(RAPPEL_ECHEANCE, SMS).body())
                .isEqualTo("Mairie de Lyon : rappel, vous devez déposer les pièces demandées au plus tard le 23/11/2026"
                        + " (demande 2026-000123). https://demarches.lyon.fr/suivi/2026-000123");
    }

    // rendering rules with the code's variables

    @Test
    void ignoresTheCodesVariablesATemplateDoesNotUse() {
        Map<String, Object> variables = variables();
        variables.remove("pieces");
        variables.remove("teleservice");

        assertThat(MessageTemplates.french()
                        .render(DECISION_ACCEPTEE, SMS, variables)
                        .body())
                .startsWith("Mairie de Lyon : votre demande 2026-000123");
        assertThatThrownBy(() -> MessageTemplates.french().render(DECISION_ACCEPTEE, EMAIL, variables))
                .isInstanceOfSatisfying(MissingTemplateVariableException.class, e -> {
                    assertThat(e.templateCode()).isEqualTo(DECISION_ACCEPTEE);
                    assertThat(e.variable()).isEqualTo("teleservice");
                });
    }

    @Test
    void refusesAMisspeltVariableEvenWhenTheTemplateDoesNotUseIt() {
        Map<String, Object> variables = variables();
        variables.put("date_decison", LocalDate.of(2026, 4, 2));

        // the SMS uses neither date_decision nor the typo: the typo is still refused
        assertThatThrownBy(() -> MessageTemplates.french().render(DECISION_ACCEPTEE, SMS, variables))
                .isInstanceOfSatisfying(TemplateVariableTypoException.class, e -> {
                    assertThat(e.variable()).isEqualTo("date_decison");
                    assertThat(e.suggestion()).isEqualTo("date_decision");
                });
    }

    @Test
    void reportsATemplateItDoesNotHave() {
        assertThatThrownBy(() -> MessageTemplates.empty().render(ACCUSE_RECEPTION, EMAIL, variables()))
                .isInstanceOfSatisfying(TemplateNotFoundException.class, e -> {
                    assertThat(e.templateCode()).isEqualTo(ACCUSE_RECEPTION);
                    assertThat(e.channel()).isEqualTo(EMAIL);
                });
        assertThat(MessageTemplates.french().find("rappel-rdv", SMS)).isEmpty();
    }

    // a town's own templates

    @Test
    void replacesAStandardTemplateWithATownsOwn() {
        MessageTemplates town = MessageTemplates.french()
                .with(MessageTemplate.sms(
                        DECISION_ACCEPTEE, "{{collectivite}} : bonne nouvelle, {{reference}} acceptée"));

        assertThat(town.render(DECISION_ACCEPTEE, SMS, variables()).body())
                .isEqualTo("Mairie de Lyon : bonne nouvelle, 2026-000123 acceptée");
        assertThat(town.render(DECISION_ACCEPTEE, EMAIL, variables())).isEqualTo(render(DECISION_ACCEPTEE, EMAIL));
        assertThat(MessageTemplates.french()
                        .render(DECISION_ACCEPTEE, SMS, variables())
                        .body())
                .contains("Détails");
        assertThat(town.templates()).hasSameSizeAs(MessageTemplates.french().templates());
    }

    @Test
    void refusesAStandardTemplateWithAPlaceholderItsCodeDoesNotSupply() {
        assertThatThrownBy(() -> MessageTemplates.french()
                        .with(MessageTemplate.sms(ACCUSE_RECEPTION, "{{collectivite}} : signé {{nom_du_maire}}")))
                .isInstanceOfSatisfying(UnknownPlaceholderException.class, e -> {
                    assertThat(e.templateCode()).isEqualTo(ACCUSE_RECEPTION);
                    assertThat(e.placeholder()).isEqualTo("nom_du_maire");
                    assertThat(e.known()).contains("collectivite", "url_suivi");
                });
    }

    @Test
    void addsATownsOwnCodeWhoseVariablesAreItsPlaceholders() {
        MessageTemplates town = MessageTemplates.empty()
                .with(MessageTemplate.email(
                        "rappel-rdv", "Rendez-vous le {{date}}", "Le {{date}} à {{heure}}, {{lieu}}."))
                .with(MessageTemplate.sms("rappel-rdv", "RDV le {{date}} à {{heure}}"));

        assertThat(town.variables("rappel-rdv")).containsExactly("date", "heure", "lieu");
        Map<String, Object> values = Map.of("date", LocalDate.of(2026, 5, 4), "heure", "9 h", "lieu", "Mairie");
        assertThat(town.render("rappel-rdv", SMS, values).body()).isEqualTo("RDV le 04/05/2026 à 9 h");
        assertThatThrownBy(() -> town.render("rappel-rdv", SMS, Map.of("date", "d", "heure", "h", "lieux", "l")))
                .isInstanceOf(TemplateVariableTypoException.class);
    }

    @Test
    void refusesATextMessageTemplateLongerThanTheLimitByItself() {
        MessageTemplate long_ = MessageTemplate.sms("long", "a".repeat(200) + " {{x}}");

        assertThatThrownBy(() -> MessageTemplates.empty().withMaxSmsSegments(1).with(long_))
                .isInstanceOf(SmsTooLongException.class);
        MessageTemplates two = MessageTemplates.empty().with(long_);
        assertThatThrownBy(() -> two.withMaxSmsSegments(1)).isInstanceOf(SmsTooLongException.class);
        assertThatThrownBy(() -> two.withMaxSmsSegments(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void limitsTextMessagesToTheSetNumberOfSegments() {
        Map<String, Object> variables = variables();
        variables.put("url_suivi", "https://demarches.lyon.fr/suivi/" + "x".repeat(150));

        assertThat(SmsLength.of(render(DECISION_ACCEPTEE, SMS).body()).segments())
                .isEqualTo(1);
        assertThat(MessageTemplates.french()
                        .render(DECISION_ACCEPTEE, SMS, variables)
                        .body())
                .hasSizeGreaterThan(160);
        assertThatThrownBy(
                        () -> MessageTemplates.french().withMaxSmsSegments(1).render(DECISION_ACCEPTEE, SMS, variables))
                .isInstanceOfSatisfying(SmsTooLongException.class, e -> {
                    assertThat(e.maxSegments()).isEqualTo(1);
                    assertThat(e.length().segments()).isEqualTo(2);
                });
    }

    // JSON

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loadsATownsTemplatesFromJson() {
        MessageTemplates town = MessageTemplates.french().withJson(json("""
                        {"templates": [
                          {"code": "accuse-reception", "channel": "EMAIL", "subject": "Demande {{reference}} reçue",
                           "body": ["Bonjour,", "", "Votre demande « {{teleservice}} » est enregistrée.", "", "{{collectivite}}"]},
                          {"code": "accuse-reception", "channel": "sms", "body": "{{collectivite}} : demande {{reference}} enregistrée."}
                        ]}
                        """));

        RenderedMessage email = town.render(ACCUSE_RECEPTION, EMAIL, variables());
        assertThat(email.subject()).isEqualTo("Demande 2026-000123 reçue");
        assertThat(visible(email.body()))
                .isEqualTo("Bonjour,\n\nVotre demande «~Inscription scolaire~» est enregistrée.\n\nMairie de Lyon");
        assertThat(town.render(ACCUSE_RECEPTION, SMS, variables()).body())
                .isEqualTo("Mairie de Lyon : demande 2026-000123 enregistrée.");
        assertThat(town.find(DECISION_ACCEPTEE, EMAIL)).isPresent();
    }

    @Test
    void refusesAJsonDocumentItCannotUse() {
        for (String document : List.of(
                "not json",
                "[]",
                "{\"templates\": {}}",
                "{\"templates\": [], \"extra\": 1}",
                "{\"templates\": [1]}",
                "{\"templates\": [{\"code\": \"x\", \"channel\": \"FAX\", \"body\": \"b\"}]}",
                "{\"templates\": [{\"code\": \"x\", \"channel\": \"SMS\"}]}",
                "{\"templates\": [{\"code\": \"x\", \"channel\": \"SMS\", \"body\": [1]}]}",
                "{\"templates\": [{\"code\": \"x\", \"channel\": \"SMS\", \"body\": \"b\", \"lang\": \"fr\"}]}",
                "{\"templates\": [{\"code\": \"x\", \"code\": \"y\", \"channel\": \"SMS\", \"body\": \"b\"}]}",
                "{\"templates\": [{\"code\": \"x\", \"channel\": \"SMS\", \"body\": \"{{oops\"}]}",
                "{\"templates\": [{\"code\": \"x\", \"channel\": \"EMAIL\", \"body\": \"b\"}]}")) {
            assertThatThrownBy(() -> MessageTemplates.french().withJson(json(document)))
                    .as(document)
                    .isInstanceOf(InvalidTemplateException.class);
        }
        assertThatThrownBy(() -> MessageTemplates.french()
                        .withJson(json("{\"templates\": [{\"code\": \"accuse-reception\", \"channel\": \"SMS\","
                                + " \"body\": \"{{maire}}\"}]}")))
                .isInstanceOf(UnknownPlaceholderException.class);
    }
}
