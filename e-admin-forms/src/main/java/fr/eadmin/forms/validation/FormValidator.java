package fr.eadmin.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.forms.Condition;
import fr.eadmin.forms.ExitRule;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.Section;
import fr.eadmin.forms.internal.Conditions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The validation plan of one form definition, compiled once (conditions, patterns, checks of every field) and
 * then used for any number of submissions, from any thread: validating never reads the definition again.
 *
 * {@snippet :
 * FormValidator validator = FormValidator.compile(definition, clock);
 * ValidationReport report = validator.validate(Submission.parse(json));
 * if (!report.isValid()) {
 *     report.errors().forEach(e -> show(e.path(), e.message()));
 * }
 * }
 *
 * <p>Hidden pages, sections, blocks and fields are ignored and their answers cleared from the normalised
 * submission; an answer naming no field of the form is an {@code unknown-field} error. Dates relative to today
 * are resolved in {@code Europe/Paris} by the clock.
 */
public final class FormValidator {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String formId;
    private final int formVersion;
    private final Clock clock;
    private final List<CompiledPage> pages;
    private final Set<String> topLevelKeys;
    private volatile @Nullable Day day;

    private FormValidator(
            String formId, int formVersion, Clock clock, List<CompiledPage> pages, Set<String> topLevelKeys) {
        this.formId = formId;
        this.formVersion = formVersion;
        this.clock = clock;
        this.pages = pages;
        this.topLevelKeys = topLevelKeys;
    }

    /**
     * Compiles the validation plan of a definition.
     *
     * @param definition the definition
     * @param clock the clock giving today for relative dates
     * @return the validator
     */
    public static FormValidator compile(FormDefinition definition, Clock clock) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(clock, "clock");
        Set<String> keys = new HashSet<>();
        List<CompiledPage> pages = new ArrayList<>();
        for (Page page : definition.pages()) {
            List<CompiledExit> exits = new ArrayList<>();
            for (ExitRule rule : page.exitRules()) {
                exits.add(new CompiledExit(Conditions.compile(rule.when()), rule.message()));
            }
            pages.add(new CompiledPage(page.id(), visibility(page.visibleIf()), nodes(page.nodes(), keys), exits));
        }
        return new FormValidator(definition.id(), definition.version(), clock, List.copyOf(pages), Set.copyOf(keys));
    }

    private static Conditions.@Nullable Compiled visibility(@Nullable Condition condition) {
        return condition == null ? null : Conditions.compile(condition);
    }

    private static List<CompiledNode> nodes(List<Node> nodes, Set<String> keys) {
        List<CompiledNode> compiled = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Field field) {
                keys.add(key(field.id()));
                compiled.add(field(field));
            } else if (node instanceof Section section) {
                compiled.add(new CompiledSection(visibility(section.visibleIf()), nodes(section.nodes(), keys)));
            } else if (node instanceof RepeatableBlock block) {
                keys.add(key(block.id()));
                Set<String> blockKeys = new HashSet<>();
                List<CompiledField> fields = new ArrayList<>();
                for (Field field : block.fields()) {
                    blockKeys.add(key(field.id()));
                    fields.add(field(field));
                }
                compiled.add(new CompiledBlock(
                        key(block.id()),
                        block.label(),
                        block.minOccurrences(),
                        block.maxOccurrences(),
                        visibility(block.visibleIf()),
                        List.copyOf(fields),
                        Set.copyOf(blockKeys)));
            }
        }
        return List.copyOf(compiled);
    }

    /**
     * The id as the key of answers: the JSON parser interns the names of an object's members, so an interned id
     * finds its answer by identity rather than character by character.
     */
    private static String key(String id) {
        return id.intern();
    }

    private static CompiledField field(Field field) {
        FieldType type = field.type();
        List<String> sumOf = type instanceof FieldType.Computed c ? c.sumOf() : List.of();
        boolean checkbox = type instanceof FieldType.Checkbox;
        return new CompiledField(
                key(field.id()),
                field.label(),
                field.required(),
                checkbox,
                type.isInput(),
                sumOf,
                visibility(field.visibleIf()),
                FieldChecks.compile(type, field.label()));
    }

    /**
     * The id of the form this plan validates.
     *
     * @return the form id
     */
    public String formId() {
        return formId;
    }

    /**
     * The version of the form this plan validates.
     *
     * @return the version
     */
    public int formVersion() {
        return formVersion;
    }

    /**
     * Validates a whole submission.
     *
     * @param submission the answers
     * @return every error, and the normalised submission
     */
    public ValidationReport validate(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        return run(submission, null);
    }

    /**
     * Validates the answers of one page, as a usager goes through the form: the pages before it give the
     * answers its conditions read, but only errors of this page are reported.
     *
     * @param submission the answers so far
     * @param pageId the page
     * @return the errors of the page, and the normalised submission up to and including the page
     * @throws NotFoundException if the form has no such page
     */
    public ValidationReport validatePage(Submission submission, String pageId) {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(pageId, "pageId");
        if (pages.stream().noneMatch(p -> p.id().equals(pageId))) {
            throw new NotFoundException("page of form " + formId, pageId);
        }
        return run(submission, pageId);
    }

    /**
     * Today in Paris by the clock: the day of the last call is kept with the instants it spans, and reused while
     * the clock stays within them.
     */
    private LocalDate today() {
        Instant now = clock.instant();
        Day cached = day;
        if (cached != null && cached.contains(now)) {
            return cached.date();
        }
        Day current = Day.of(now);
        day = current;
        return current.date();
    }

    /** A day in Paris and the instants it spans, from its start (included) to the next day's (excluded). */
    private record Day(LocalDate date, Instant start, Instant end) {
        static Day of(Instant instant) {
            LocalDate date = LocalDate.ofInstant(instant, PARIS);
            return new Day(
                    date,
                    date.atStartOfDay(PARIS).toInstant(),
                    date.plusDays(1).atStartOfDay(PARIS).toInstant());
        }

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    private ValidationReport run(Submission submission, @Nullable String onlyPage) {
        ObjectNode in = submission.answers();
        Run run = new Run(today(), topLevelKeys.size());
        if (onlyPage == null) {
            Iterator<String> names = in.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!topLevelKeys.contains(name)) {
                    run.error(name, "unknown-field", "Cette réponse ne correspond à aucune question du formulaire.");
                }
            }
        }
        for (CompiledPage page : pages) {
            boolean reported = onlyPage == null || onlyPage.equals(page.id());
            Run pageRun = reported ? run : run.silent();
            if (page.visible() == null || page.visible().test(run.scope(null))) {
                pageRun.nodes(page.nodes(), in, run.out, "", null);
                for (CompiledExit exit : page.exits()) {
                    if (exit.when().test(run.scope(null))) {
                        pageRun.error(page.id(), "ineligible", exit.message());
                    }
                }
            }
            if (page.id().equals(onlyPage)) {
                break;
            }
        }
        return new ValidationReport(run.errors, Submission.ofNormalised(run.out));
    }

    /** One validation run: its date, its output and its errors. */
    private static final class Run {
        final LocalDate today;
        final ObjectNode out;
        final List<ValidationError> errors;
        final boolean reporting;

        Run(LocalDate today, int answers) {
            // Sized for every answer of the form, so that the map is not grown answer after answer.
            this(today, new ObjectNode(NODES, new LinkedHashMap<>(answers * 4 / 3 + 1)), new ArrayList<>(), true);
        }

        private Run(LocalDate today, ObjectNode out, List<ValidationError> errors, boolean reporting) {
            this.today = today;
            this.out = out;
            this.errors = errors;
            this.reporting = reporting;
        }

        Run silent() {
            return new Run(today, out, errors, false);
        }

        void error(String path, String code, String message) {
            if (reporting) {
                errors.add(new ValidationError(path, code, message));
            }
        }

        Conditions.Scope scope(@Nullable ObjectNode occurrence) {
            return new Conditions.Scope() {
                @Override
                public JsonNode answer(String id) {
                    if (occurrence != null && occurrence.has(id)) {
                        return occurrence.get(id);
                    }
                    JsonNode value = out.get(id);
                    return value == null ? MissingNode.getInstance() : value;
                }

                @Override
                public int occurrences(String id) {
                    JsonNode value = out.get(id);
                    return value != null && value.isArray() ? value.size() : 0;
                }

                @Override
                public LocalDate today() {
                    return today;
                }
            };
        }

        boolean visible(Conditions.@Nullable Compiled condition, @Nullable ObjectNode occurrence) {
            return condition == null || condition.test(scope(occurrence));
        }

        void nodes(
                List<CompiledNode> nodes,
                ObjectNode in,
                ObjectNode target,
                String prefix,
                @Nullable ObjectNode occurrence) {
            for (CompiledNode node : nodes) {
                if (node instanceof CompiledField field) {
                    field(field, in, target, prefix, occurrence);
                } else if (node instanceof CompiledSection section) {
                    if (visible(section.visible(), occurrence)) {
                        nodes(section.nodes(), in, target, prefix, occurrence);
                    }
                } else if (node instanceof CompiledBlock block) {
                    block(block, in);
                }
            }
        }

        void field(
                CompiledField field, ObjectNode in, ObjectNode target, String prefix, @Nullable ObjectNode occurrence) {
            if (!visible(field.visible(), occurrence)) {
                return;
            }
            JsonNode answer = in.get(field.id());
            if (!field.input()) {
                if (answer != null && !answer.isNull()) {
                    FieldChecks.Outcome refused = field.check().apply(answer, today);
                    error(
                            prefix + field.id(),
                            Objects.requireNonNull(refused.code()),
                            Objects.requireNonNull(refused.message()));
                }
                if (!field.sumOf().isEmpty()) {
                    BigDecimal sum = BigDecimal.ZERO;
                    Conditions.Scope scope = scope(occurrence);
                    for (String id : field.sumOf()) {
                        JsonNode value = scope.answer(id);
                        if (value.isNumber()) {
                            sum = sum.add(value.decimalValue());
                        }
                    }
                    target.put(field.id(), sum.stripTrailingZeros());
                }
                return;
            }
            boolean empty = answer == null
                    || Conditions.isEmpty(answer)
                    || field.checkbox() && answer.isBoolean() && !answer.booleanValue();
            if (empty) {
                if (field.required()) {
                    error(prefix + field.id(), "required", "« " + field.label() + " » est obligatoire.");
                } else if (answer != null && answer.isBoolean()) {
                    target.set(field.id(), answer);
                }
                return;
            }
            FieldChecks.Outcome outcome = field.check().apply(answer, today);
            if (outcome.value() != null) {
                target.set(field.id(), outcome.value());
            } else {
                error(
                        prefix + field.id(),
                        Objects.requireNonNull(outcome.code()),
                        Objects.requireNonNull(outcome.message()));
            }
        }

        void block(CompiledBlock block, ObjectNode in) {
            if (!visible(block.visible(), null)) {
                return;
            }
            JsonNode answer = in.get(block.id());
            if (answer == null || answer.isNull()) {
                answer = NODES.arrayNode();
            }
            // A visible block is always an array in the normalised submission, empty when its answer is refused.
            if (!answer.isArray()) {
                error(block.id(), "wrong-type", quoted(block) + " doit être une liste.");
                out.set(block.id(), NODES.arrayNode());
                return;
            }
            if (answer.size() > block.max()) {
                error(block.id(), "too-many-occurrences", quoted(block) + " : au plus " + block.max() + ".");
                out.set(block.id(), NODES.arrayNode());
                return;
            }
            if (answer.size() < block.min()) {
                error(block.id(), "too-few-occurrences", quoted(block) + " : au moins " + block.min() + ".");
            }
            ArrayNode occurrences = NODES.arrayNode();
            for (int i = 0; i < answer.size(); i++) {
                String prefix = block.id() + "[" + i + "].";
                JsonNode item = answer.get(i);
                if (!item.isObject()) {
                    error(block.id() + "[" + i + "]", "wrong-type", quoted(block) + " : chaque élément est un objet.");
                    continue;
                }
                Iterator<String> names = item.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (!block.keys().contains(name)) {
                        error(
                                prefix + name,
                                "unknown-field",
                                "Cette réponse ne correspond à aucune question du formulaire.");
                    }
                }
                ObjectNode occurrence = NODES.objectNode();
                for (CompiledField field : block.fields()) {
                    field(field, (ObjectNode) item, occurrence, prefix, occurrence);
                }
                occurrences.add(occurrence);
            }
            out.set(block.id(), occurrences);
        }
    }

    private static String quoted(CompiledBlock block) {
        return "« " + block.label() + " »";
    }

    private sealed interface CompiledNode permits CompiledField, CompiledSection, CompiledBlock {}

    private record CompiledField(
            String id,
            String label,
            boolean required,
            boolean checkbox,
            boolean input,
            List<String> sumOf,
            Conditions.@Nullable Compiled visible,
            FieldChecks.Check check)
            implements CompiledNode {}

    private record CompiledSection(Conditions.@Nullable Compiled visible, List<CompiledNode> nodes)
            implements CompiledNode {}

    private record CompiledBlock(
            String id,
            String label,
            int min,
            int max,
            Conditions.@Nullable Compiled visible,
            List<CompiledField> fields,
            Set<String> keys)
            implements CompiledNode {}

    private record CompiledPage(
            String id, Conditions.@Nullable Compiled visible, List<CompiledNode> nodes, List<CompiledExit> exits) {}

    private record CompiledExit(Conditions.Compiled when, String message) {}
}
