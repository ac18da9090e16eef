package fr.eadmin.core.notification;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The message templates of a town, by code and channel, and the rules for rendering them. {@link #french()}
 * gives the standard French templates; a town replaces some of them, or adds its own, in code ({@link #with})
 * or from a JSON file ({@link #withJson}). Immutable: each {@code with} returns a new set.
 *
 * <h2>Standard codes and their variables</h2>
 *
 * The demande engine renders these codes with these variables (every code gets all of its variables, each
 * template uses those it needs):
 *
 * <table>
 *   <caption>Standard templates</caption>
 *   <tr><th>code</th><th>sent when</th><th>variables</th></tr>
 *   <tr><td>{@value #ACCUSE_RECEPTION}</td><td>a demande is received</td><td>{@code collectivite, teleservice,
 *       reference, service, date_depot, date_limite, decision_implicite, url_suivi}</td></tr>
 *   <tr><td>{@value #PIECES_DEMANDEES}</td><td>pièces are missing</td><td>{@code collectivite, teleservice,
 *       reference, pieces, date_limite, url_suivi}</td></tr>
 *   <tr><td>{@value #DECISION_ACCEPTEE}</td><td>the demande is accepted</td><td>{@code collectivite,
 *       teleservice, reference, date_decision, url_suivi}</td></tr>
 *   <tr><td>{@value #DECISION_REFUSEE}</td><td>the demande is refused</td><td>{@code collectivite, teleservice,
 *       reference, date_decision, motif, url_suivi}</td></tr>
 *   <tr><td>{@value #CLASSEMENT_SANS_SUITE}</td><td>the demande is closed without a decision</td><td>{@code
 *       collectivite, teleservice, reference, date_decision, motif, url_suivi}</td></tr>
 *   <tr><td>{@value #RAPPEL_ECHEANCE}</td><td>a deadline comes near</td><td>{@code collectivite, teleservice,
 *       reference, action, date_limite, url_suivi}</td></tr>
 * </table>
 *
 * <p>{@code collectivite} is the town's name as it signs ("Mairie de Lyon"), {@code teleservice} the name of
 * the procedure, {@code reference} the demande's short reference, {@code service} the service in charge,
 * {@code url_suivi} the address where the usager follows the demande; {@code date_*} are {@link
 * java.time.LocalDate}s; {@code decision_implicite} is {@code "acceptée"} (silence vaut acceptation) or {@code
 * "rejetée"} (silence vaut rejet); {@code pieces} is a list of the missing pièces' names; {@code action} is
 * what the usager must do, as a verb phrase ("déposer les pièces demandées"). A town's template for a standard
 * code may use only these variables ({@link UnknownPlaceholderException} otherwise).
 *
 * <h2>Rendering</h2>
 *
 * <ul>
 *   <li>Every placeholder needs a value ({@link MissingTemplateVariableException}); a variable that is neither
 *       a placeholder of the template nor a variable of its code, and looks like a misspelling of one (the same
 *       but for case, or one letter inserted, deleted, replaced or two swapped; two such edits for names of six
 *       letters or more; names shorter than four letters only by case), is refused ({@link
 *       TemplateVariableTypoException}); other extra variables are ignored.
 *   <li>Values are inserted as text, verbatim, in one pass: a value holding {@code {{x}}} or markup stays as
 *       it is (the HTML form of an email escapes everything: {@link EmailHtml}). In an email subject, line
 *       breaks and control characters of a value become spaces.
 *   <li>Values may be texts, {@link java.time.LocalDate} ({@code lundi 23 novembre 2026} in an email, {@code
 *       23/11/2026} in a text message), {@link java.time.LocalTime} ({@code 14 h 30}), date-times ({@link
 *       java.time.LocalDateTime}, or {@link java.time.Instant}, {@link java.time.ZonedDateTime} and {@link
 *       java.time.OffsetDateTime} shown in Paris time: {@code lundi 23 novembre 2026 à 14 h 30}), integers
 *       (grouped by three from 10,000 on) and non-empty lists of those (one {@code - item} per line in an
 *       email, separated by commas in a text message). Anything else is refused ({@link
 *       InvalidTemplateValueException}), as is U+0000 or a lone surrogate.
 *   <li>A text message taking more than {@link #maxSmsSegments()} segments is refused ({@link
 *       SmsTooLongException}).
 * </ul>
 *
 * <h2>JSON</h2>
 *
 * {@snippet lang = "json" :
 * {"templates": [
 *   {"code": "accuse-reception", "channel": "EMAIL", "subject": "Votre demande {{reference}}",
 *    "body": ["Bonjour,", "", "Votre demande « {{teleservice}} » est enregistrée.", "", "{{collectivite}}"]},
 *   {"code": "accuse-reception", "channel": "SMS", "body": "{{collectivite}} : demande {{reference}} reçue."}
 * ]}
 * }
 *
 * A body is a string or an array of lines. Unknown fields, duplicate keys and malformed templates are refused
 * ({@link InvalidTemplateException}).
 */
public final class MessageTemplates {
    /** The acknowledgement of a demande (accusé de réception). */
    public static final String ACCUSE_RECEPTION = "accuse-reception";

    /** The request for missing pièces justificatives. */
    public static final String PIECES_DEMANDEES = "pieces-demandees";

    /** A favourable decision. */
    public static final String DECISION_ACCEPTEE = "decision-acceptee";

    /** An unfavourable decision. */
    public static final String DECISION_REFUSEE = "decision-refusee";

    /** A demande closed without a decision (classement sans suite). */
    public static final String CLASSEMENT_SANS_SUITE = "classement-sans-suite";

    /** A reminder before a deadline. */
    public static final String RAPPEL_ECHEANCE = "rappel-echeance";

    /** The most segments a text message may take unless set otherwise. */
    public static final int DEFAULT_MAX_SMS_SEGMENTS = 3;

    private static final Map<String, Set<String>> STANDARD_VARIABLES = standardVariables();

    private static final String NO_REPLY = "Ce message est envoyé automatiquement : merci de ne pas y répondre.";

    private static final MessageTemplates FRENCH = frenchTemplates();

    private final Map<Key, MessageTemplate> templates;
    private final int maxSmsSegments;

    private record Key(String code, NotificationChannel channel) {}

    private MessageTemplates(Map<Key, MessageTemplate> templates, int maxSmsSegments) {
        this.templates = templates;
        this.maxSmsSegments = maxSmsSegments;
    }

    /**
     * The standard French templates: every standard code, by email and by text message.
     *
     * @return the templates
     */
    public static MessageTemplates french() {
        return FRENCH;
    }

    /**
     * No template at all, for a town that writes every one of its own. The standard codes keep their variables.
     *
     * @return an empty set of templates
     */
    public static MessageTemplates empty() {
        return new MessageTemplates(Map.of(), DEFAULT_MAX_SMS_SEGMENTS);
    }

    /**
     * The same templates with this one added, or replacing the one of the same code and channel.
     *
     * @param template the template
     * @return a new set of templates
     * @throws UnknownPlaceholderException if the template's code is standard and it uses a placeholder that is
     *     not one of the code's variables
     * @throws SmsTooLongException if a text message template's text alone takes more segments than allowed
     */
    public MessageTemplates with(MessageTemplate template) {
        Objects.requireNonNull(template, "template");
        check(template, maxSmsSegments);
        Map<Key, MessageTemplate> copy = new LinkedHashMap<>(templates);
        copy.put(new Key(template.code(), template.channel()), template);
        return new MessageTemplates(Collections.unmodifiableMap(copy), maxSmsSegments);
    }

    /**
     * The same templates with those of a JSON document added or replacing (format in the class comment).
     *
     * @param json the document, UTF-8; read to the end, not closed
     * @return a new set of templates
     * @throws InvalidTemplateException if the document cannot be read or a template in it is malformed
     * @throws UnknownPlaceholderException if a template of a standard code uses a placeholder that is not one
     *     of the code's variables
     * @throws SmsTooLongException if a text message template's text alone takes more segments than allowed
     */
    public MessageTemplates withJson(InputStream json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build()
                    .readTree(json);
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            throw new InvalidTemplateException(
                    "(JSON)",
                    "not a JSON document"
                            + (location == null
                                    ? ""
                                    : ", at line " + location.getLineNr() + ", column " + location.getColumnNr()),
                    e);
        } catch (IOException e) {
            throw new InvalidTemplateException("(JSON)", "the document cannot be read", e);
        }
        if (root == null || !root.isObject() || !root.path("templates").isArray() || root.size() != 1) {
            throw new InvalidTemplateException(
                    "(JSON)", "the document is an object with one field, \"templates\", an array", null);
        }
        MessageTemplates result = this;
        int index = 0;
        for (JsonNode node : root.get("templates")) {
            result = result.with(fromJson(node, index++));
        }
        return result;
    }

    /**
     * The same templates, text messages limited to the given number of segments.
     *
     * @param max the most segments, at least 1
     * @return a new set of templates
     * @throws SmsTooLongException if a text message template's text alone takes more segments
     */
    public MessageTemplates withMaxSmsSegments(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        for (MessageTemplate template : templates.values()) {
            check(template, max);
        }
        return new MessageTemplates(templates, max);
    }

    /**
     * The most segments a rendered text message may take.
     *
     * @return the limit
     */
    public int maxSmsSegments() {
        return maxSmsSegments;
    }

    /**
     * Finds the template of a code on a channel.
     *
     * @param code the code
     * @param channel the channel
     * @return the template, or empty if there is none
     */
    public Optional<MessageTemplate> find(String code, NotificationChannel channel) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(channel, "channel");
        return Optional.ofNullable(templates.get(new Key(code, channel)));
    }

    /**
     * The template of a code on a channel.
     *
     * @param code the code
     * @param channel the channel
     * @return the template
     * @throws TemplateNotFoundException if there is none
     */
    public MessageTemplate template(String code, NotificationChannel channel) {
        return find(code, channel).orElseThrow(() -> new TemplateNotFoundException(code, channel));
    }

    /**
     * Every template, in the order they were added.
     *
     * @return the templates
     */
    public List<MessageTemplate> templates() {
        return List.copyOf(templates.values());
    }

    /**
     * The variables of a code: for a standard code, those listed in the class comment; for another, the
     * placeholders of its templates.
     *
     * @param code the code
     * @return the variable names
     */
    public Set<String> variables(String code) {
        Objects.requireNonNull(code, "code");
        Set<String> standard = STANDARD_VARIABLES.get(code);
        if (standard != null) {
            return standard;
        }
        Set<String> names = new LinkedHashSet<>();
        for (MessageTemplate template : templates.values()) {
            if (template.code().equals(code)) {
                names.addAll(template.placeholders());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * Renders the template of a code on a channel (rules in the class comment).
     *
     * @param code the code, such as {@link #ACCUSE_RECEPTION}
     * @param channel the channel
     * @param variables the values, by variable name; usually all of the code's variables
     * @return the rendered message
     * @throws TemplateNotFoundException if there is no such template
     * @throws MissingTemplateVariableException if a placeholder has no value
     * @throws TemplateVariableTypoException if a variable given looks like a misspelling of one of the code's
     * @throws InvalidTemplateValueException if a value cannot be rendered
     * @throws SmsTooLongException if a text message takes too many segments
     */
    public RenderedMessage render(String code, NotificationChannel channel, Map<String, ?> variables) {
        Objects.requireNonNull(variables, "variables");
        return Renderer.render(template(code, channel), variables, variables(code), maxSmsSegments);
    }

    @Override
    public String toString() {
        return "MessageTemplates[" + templates.size() + " templates, SMS at most " + maxSmsSegments + " segments]";
    }

    private static void check(MessageTemplate template, int maxSmsSegments) {
        Set<String> standard = STANDARD_VARIABLES.get(template.code());
        if (standard != null) {
            for (String placeholder : template.placeholders()) {
                if (!standard.contains(placeholder)) {
                    throw new UnknownPlaceholderException(template.code(), placeholder, standard);
                }
            }
        }
        if (template.channel() == NotificationChannel.SMS) {
            String literal =
                    TemplateText.parse(template.code(), "body", template.body()).literalText();
            SmsLength length = SmsLength.of(literal);
            if (length.segments() > maxSmsSegments) {
                throw new SmsTooLongException(template.code(), length, maxSmsSegments);
            }
        }
    }

    private static MessageTemplate fromJson(JsonNode node, int index) {
        String where = "(JSON template " + (index + 1) + ")";
        if (!node.isObject()) {
            throw new InvalidTemplateException(where, "each template is an object", null);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("code", "channel", "subject", "body").contains(name)) {
                throw new InvalidTemplateException(
                        where, "unknown field \"" + name + "\"; the fields are code, channel, subject, body", null);
            }
        }
        String code = text(node, "code", where);
        String channelName = text(node, "channel", where);
        NotificationChannel channel;
        try {
            channel = NotificationChannel.valueOf(channelName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidTemplateException(where, "channel is EMAIL or SMS", e);
        }
        String subject = node.has("subject") ? text(node, "subject", where) : null;
        JsonNode body = node.get("body");
        String bodyText;
        if (body != null && body.isArray()) {
            List<String> lines = new ArrayList<>();
            for (JsonNode line : body) {
                if (!line.isTextual()) {
                    throw new InvalidTemplateException(where, "body lines are strings", null);
                }
                lines.add(line.asText());
            }
            bodyText = String.join("\n", lines);
        } else {
            bodyText = text(node, "body", where);
        }
        return new MessageTemplate(code, channel, subject, bodyText);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidTemplateException(where, "\"" + field + "\" is a string", null);
        }
        return value.asText();
    }

    private static Map<String, Set<String>> standardVariables() {
        Map<String, Set<String>> variables = new LinkedHashMap<>();
        variables.put(
                ACCUSE_RECEPTION,
                ordered(
                        "collectivite",
                        "teleservice",
                        "reference",
                        "service",
                        "date_depot",
                        "date_limite",
                        "decision_implicite",
                        "url_suivi"));
        variables.put(
                PIECES_DEMANDEES,
                ordered("collectivite", "teleservice", "reference", "pieces", "date_limite", "url_suivi"));
        variables.put(
                DECISION_ACCEPTEE, ordered("collectivite", "teleservice", "reference", "date_decision", "url_suivi"));
        variables.put(
                DECISION_REFUSEE,
                ordered("collectivite", "teleservice", "reference", "date_decision", "motif", "url_suivi"));
        variables.put(
                CLASSEMENT_SANS_SUITE,
                ordered("collectivite", "teleservice", "reference", "date_decision", "motif", "url_suivi"));
        variables.put(
                RAPPEL_ECHEANCE,
                ordered("collectivite", "teleservice", "reference", "action", "date_limite", "url_suivi"));
        return Collections.unmodifiableMap(variables);
    }

    private static Set<String> ordered(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }

    private static MessageTemplates frenchTemplates() {
        return empty().with(MessageTemplate.email(
                        ACCUSE_RECEPTION,
                        "Accusé de réception de votre demande n° {{reference}}",
                        lines(
                                "Bonjour,",
                                "",
                                "Votre demande « {{teleservice}} » a bien été reçue le {{date_depot}}."
                                        + " Elle est enregistrée sous la référence {{reference}}.",
                                "Service instructeur : {{service}}.",
                                "",
                                "En l'absence de décision au plus tard le {{date_limite}},"
                                        + " votre demande sera réputée {{decision_implicite}}.",
                                "",
                                "Vous pouvez suivre son avancement et télécharger l'accusé de réception officiel"
                                        + " sur votre espace : {{url_suivi}}",
                                "",
                                NO_REPLY,
                                "",
                                "{{collectivite}}")))
                .with(MessageTemplate.sms(
                        ACCUSE_RECEPTION,
                        "{{collectivite}} : votre demande {{reference}} a bien été enregistrée le {{date_depot}}."
                                + " Sans décision le {{date_limite}}, elle sera réputée {{decision_implicite}}."
                                + " Suivi : {{url_suivi}}"))
                .with(MessageTemplate.email(
                        PIECES_DEMANDEES,
                        "Pièces à fournir pour votre demande n° {{reference}}",
                        lines(
                                "Bonjour,",
                                "",
                                "Pour instruire votre demande « {{teleservice}} » (référence {{reference}}),"
                                        + " nous avons besoin des pièces suivantes :",
                                "{{pieces}}",
                                "",
                                "Merci de les déposer au plus tard le {{date_limite}} sur votre espace : {{url_suivi}}",
                                "",
                                "Le délai d'instruction de votre demande ne court qu'à compter de la réception de"
                                        + " ces pièces.",
                                "",
                                NO_REPLY,
                                "",
                                "{{collectivite}}")))
                .with(MessageTemplate.sms(
                        PIECES_DEMANDEES,
                        "{{collectivite}} : des pièces manquent pour votre demande {{reference}}."
                                + " Merci de les déposer au plus tard le {{date_limite}} : {{url_suivi}}"))
                .with(MessageTemplate.email(
                        DECISION_ACCEPTEE,
                        "Votre demande n° {{reference}} est acceptée",
                        lines(
                                "Bonjour,",
                                "",
                                "Nous avons le plaisir de vous informer que votre demande « {{teleservice}} »"
                                        + " (référence {{reference}}) a été acceptée le {{date_decision}}.",
                                "",
                                "La décision et les documents qui l'accompagnent sont disponibles sur votre espace :"
                                        + " {{url_suivi}}",
                                "",
                                NO_REPLY,
                                "",
                                "{{collectivite}}")))
                .with(MessageTemplate.sms(
                        DECISION_ACCEPTEE,
                        "{{collectivite}} : votre demande {{reference}} a été acceptée. Détails : {{url_suivi}}"))
                .with(MessageTemplate.email(
                        DECISION_REFUSEE,
                        "Décision sur votre demande n° {{reference}}",
                        lines(
                                "Bonjour,",
                                "",
                                "Nous sommes au regret de vous informer que votre demande « {{teleservice}} »"
                                        + " (référence {{reference}}) a été refusée le {{date_decision}}.",
                                "",
                                "Motif : {{motif}}",
                                "",
                                "La décision, disponible sur votre espace, précise les voies et délais de recours :"
                                        + " {{url_suivi}}",
                                "",
                                NO_REPLY,
                                "",
                                "{{collectivite}}")))
                .with(MessageTemplate.sms(
                        DECISION_REFUSEE,
                        "{{collectivite}} : votre demande {{reference}} a été refusée."
                                + " Motifs et voies de recours : {{url_suivi}}"))
                .with(MessageTemplate.email(
                        CLASSEMENT_SANS_SUITE,
                        "Votre demande n° {{reference}} est classée sans suite",
                        lines(
                                "Bonjour,",
                                "",
                                "Votre demande « {{teleservice}} » (référence {{reference}}) a été classée sans suite"
                                        + " le {{date_decision}}.",
                                "",
                                "Motif : {{motif}}",
                                "",
                                "Vous pouvez consulter votre dossier sur votre espace : {{url_suivi}}",
                                "",
                                NO_REPLY,
                                "",
                                "{{collectivite}}")))
                .with(MessageTemplate.sms(
                        CLASSEMENT_SANS_SUITE,
                        "{{collectivite}} : votre demande {{reference}} a été classée sans suite."
                                + " Détails : {{url_suivi}}"))
                .with(MessageTemplate.email(
                        RAPPEL_ECHEANCE,
                        "Rappel : échéance le {{date_limite}} pour votre demande n° {{reference}}",
                        lines(
                                "Bonjour,",
                                "",
                                "Nous vous rappelons que vous devez {{action}} au plus tard le {{date_limite}},"
                                        + " pour votre demande « {{teleservice}} » (référence {{reference}}).",
                                "",
                                "Rendez-vous sur votre espace : {{url_suivi}}",
                                "",
                                NO_REPLY,
                                "",
                                "{{collectivite}}")))
                .with(MessageTemplate.sms(
                        RAPPEL_ECHEANCE,
                        "{{collectivite}} : rappel, vous devez {{action}} au plus tard le {{date_limite}}"
                                + " (demande {{reference}}). {{url_suivi}}"));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }
}
