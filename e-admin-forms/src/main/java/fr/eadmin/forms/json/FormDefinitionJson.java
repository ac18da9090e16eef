package fr.eadmin.forms.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.Condition;
import fr.eadmin.forms.DateBound;
import fr.eadmin.forms.ExitRule;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.IdentifierKind;
import fr.eadmin.forms.InvalidFormDefinitionException;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.Section;
import fr.eadmin.forms.internal.JsonObject;
import fr.eadmin.forms.internal.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link FormDefinition} from JSON. Reading is strict: an unknown property, a missing required one, a
 * value of the wrong type, a duplicate key or an invalid definition is an {@link InvalidFormDefinitionException}
 * naming the path ({@code pages[1].nodes[3].type.kind}).
 *
 * {@snippet lang="json" :
 * {"id": "inscription", "version": 1, "title": "Inscription", "pages": [
 *   {"id": "eleve", "title": "Élève", "nodes": [
 *     {"node": "field", "id": "nom", "label": "Nom", "required": true,
 *      "type": {"kind": "short-text", "maxLength": 100}},
 *     {"node": "field", "id": "certificat", "label": "Certificat médical", "required": true,
 *      "visibleIf": {"op": "eq", "field": "discipline", "value": "danse"},
 *      "type": {"kind": "file", "mediaTypes": ["application/pdf"], "maxSize": 5000000}}]}]}
 * }
 */
public final class FormDefinitionJson {
    private FormDefinitionJson() {}

    /**
     * Reads a definition from JSON text.
     *
     * @param json the JSON text
     * @return the definition
     * @throws InvalidFormDefinitionException if the text is not a valid definition
     */
    public static FormDefinition read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = StrictJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFormDefinitionException("", "malformed JSON: " + e.getOriginalMessage());
        }
        return definition(root);
    }

    /**
     * Reads a definition from a UTF-8 JSON stream, which the caller closes.
     *
     * @param json the stream
     * @return the definition
     * @throws InvalidFormDefinitionException if the stream is not a valid definition
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static FormDefinition read(InputStream json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = StrictJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFormDefinitionException("", "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return definition(root);
    }

    private static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFormDefinitionException(path, String.valueOf(e.getMessage()));
        }
    }

    private static FormDefinition definition(@Nullable JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new InvalidFormDefinitionException("", "empty document");
        }
        JsonObject o = JsonObject.of(root, "");
        String id = o.text("id");
        int version = o.integer("version", 1);
        String title = o.text("title");
        var pages = o.list("pages", FormDefinitionJson::page);
        o.done();
        return build("", () -> new FormDefinition(id, version, title, pages));
    }

    private static Page page(JsonNode node, String path) {
        JsonObject o = JsonObject.of(node, path);
        String id = o.text("id");
        String title = o.text("title");
        var nodes = o.list("nodes", FormDefinitionJson::node);
        var exitRules = o.list("exitRules", FormDefinitionJson::exitRule);
        Condition visibleIf = optCondition(o, "visibleIf");
        o.done();
        return build(path, () -> new Page(id, title, nodes, exitRules, visibleIf));
    }

    private static ExitRule exitRule(JsonNode node, String path) {
        JsonObject o = JsonObject.of(node, path);
        String id = o.text("id");
        Condition when = condition(o.node("when"), o.path("when"));
        String message = o.text("message");
        o.done();
        return build(path, () -> new ExitRule(id, when, message));
    }

    private static Node node(JsonNode node, String path) {
        JsonObject o = JsonObject.of(node, path);
        String kind = o.text("node");
        return switch (kind) {
            case "field" -> field(o);
            case "section" -> {
                String id = o.text("id");
                String title = o.text("title");
                var nodes = o.list("nodes", FormDefinitionJson::node);
                Condition visibleIf = optCondition(o, "visibleIf");
                o.done();
                yield build(path, () -> new Section(id, title, nodes, visibleIf));
            }
            case "block" -> {
                String id = o.text("id");
                String label = o.text("label");
                int min = o.integer("minOccurrences", 0);
                int max = o.integer("maxOccurrences", 10);
                var fields = o.list("fields", (item, itemPath) -> {
                    JsonObject f = JsonObject.of(item, itemPath);
                    String fieldKind = f.text("node");
                    if (!fieldKind.equals("field")) {
                        throw new InvalidFormDefinitionException(f.path("node"), "a block holds fields only");
                    }
                    return field(f);
                });
                Condition visibleIf = optCondition(o, "visibleIf");
                o.done();
                yield build(path, () -> new RepeatableBlock(id, label, min, max, fields, visibleIf));
            }
            default -> throw new InvalidFormDefinitionException(o.path("node"), "must be field, section or block");
        };
    }

    private static Field field(JsonObject o) {
        String id = o.text("id");
        String label = o.text("label");
        boolean required = o.bool("required", false);
        FieldType type = fieldType(o.object("type"));
        Condition visibleIf = optCondition(o, "visibleIf");
        o.done();
        return build(o.path(), () -> new Field(id, label, type, required, visibleIf));
    }

    private static FieldType fieldType(JsonObject o) {
        String kind = o.text("kind");
        FieldType type =
                switch (kind) {
                    case "short-text" -> {
                        int min = o.integer("minLength", 0);
                        int max = o.integer("maxLength", 255);
                        String pattern = o.optText("pattern");
                        yield build(o.path(), () -> new FieldType.ShortText(min, max, pattern));
                    }
                    case "long-text" -> {
                        int min = o.integer("minLength", 0);
                        int max = o.integer("maxLength", 10_000);
                        yield build(o.path(), () -> new FieldType.LongText(min, max));
                    }
                    case "integer" -> {
                        Long min = o.optLong("min");
                        Long max = o.optLong("max");
                        Long step = o.optLong("step");
                        yield build(o.path(), () -> new FieldType.IntegerNumber(min, max, step == null ? 1 : step));
                    }
                    case "decimal" -> {
                        var min = o.optDecimal("min");
                        var max = o.optDecimal("max");
                        var step = o.optDecimal("step");
                        yield build(o.path(), () -> new FieldType.DecimalNumber(min, max, step));
                    }
                    case "date" -> {
                        DateBound min = dateBound(o, "min");
                        DateBound max = dateBound(o, "max");
                        yield new FieldType.DateField(min, max);
                    }
                    case "yes-no" -> new FieldType.YesNo();
                    case "checkbox" -> new FieldType.Checkbox();
                    case "single-choice" -> {
                        var options = o.list("options", FormDefinitionJson::option);
                        boolean other = o.bool("other", false);
                        yield build(o.path(), () -> new FieldType.SingleChoice(options, other));
                    }
                    case "multiple-choice" -> {
                        var options = o.list("options", FormDefinitionJson::option);
                        boolean other = o.bool("other", false);
                        int min = o.integer("minSelected", 0);
                        int max = o.integer("maxSelected", Math.max(1, options.size()));
                        yield build(o.path(), () -> new FieldType.MultipleChoice(options, other, min, max));
                    }
                    case "file" -> {
                        var mediaTypes = new LinkedHashSet<>(o.texts("mediaTypes"));
                        Long maxSize = o.optLong("maxSize");
                        int maxCount = o.integer("maxCount", 1);
                        String pieceType = o.optText("pieceType");
                        if (maxSize == null) {
                            throw new InvalidFormDefinitionException(o.path("maxSize"), "is required");
                        }
                        yield build(o.path(), () -> new FieldType.FileUpload(mediaTypes, maxSize, maxCount, pieceType));
                    }
                    case "computed" -> {
                        var sumOf = o.texts("sumOf");
                        yield build(o.path(), () -> new FieldType.Computed(sumOf));
                    }
                    case "display" -> new FieldType.Display(o.text("text"));
                    default ->
                        IdentifierKind.byJsonName(kind)
                                .<FieldType>map(FieldType.Identifier::new)
                                .orElseThrow(
                                        () -> new InvalidFormDefinitionException(o.path("kind"), "unknown field kind"));
                };
        o.done();
        return type;
    }

    private static @Nullable DateBound dateBound(JsonObject o, String name) {
        String text = o.optText(name);
        return text == null ? null : build(o.path(name), () -> DateBound.parse(text));
    }

    private static ChoiceOption option(JsonNode node, String path) {
        JsonObject o = JsonObject.of(node, path);
        String value = o.text("value");
        String label = o.text("label");
        o.done();
        return build(path, () -> new ChoiceOption(value, label));
    }

    private static @Nullable Condition optCondition(JsonObject o, String name) {
        JsonObject c = o.optObject(name);
        return c == null ? null : condition(c);
    }

    /**
     * Reads a condition alone.
     *
     * @param json the JSON text of the condition
     * @return the condition
     * @throws InvalidFormDefinitionException if the text is not a valid condition
     */
    public static Condition readCondition(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return condition(StrictJson.MAPPER.readTree(json), "");
        } catch (JsonProcessingException e) {
            throw new InvalidFormDefinitionException("", "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static Condition condition(JsonNode node, String path) {
        return condition(JsonObject.of(node, path));
    }

    private static Condition condition(JsonObject o) {
        String op = o.text("op");
        Condition condition =
                switch (op) {
                    case "and" -> {
                        var parts = o.list("conditions", FormDefinitionJson::condition);
                        yield build(o.path(), () -> new Condition.And(parts));
                    }
                    case "or" -> {
                        var parts = o.list("conditions", FormDefinitionJson::condition);
                        yield build(o.path(), () -> new Condition.Or(parts));
                    }
                    case "not" -> new Condition.Not(condition(o.object("condition")));
                    case "eq", "ne", "lt", "le", "gt", "ge" -> {
                        Condition.Comparator comparator = comparator(op);
                        String field = o.text("field");
                        Condition.Literal value = literal(o, comparator);
                        yield build(o.path(), () -> new Condition.Compare(comparator, field, value));
                    }
                    case "contains" -> new Condition.Contains(o.text("field"), o.text("value"));
                    case "in", "not-in" -> {
                        String field = o.text("field");
                        var values = o.texts("values");
                        yield build(o.path(), () -> new Condition.In(field, values, op.equals("not-in")));
                    }
                    case "empty", "not-empty" -> new Condition.Empty(o.text("field"), op.equals("not-empty"));
                    case "starts-with" -> new Condition.StartsWith(o.text("field"), o.text("value"));
                    case "matches" -> {
                        String field = o.text("field");
                        String pattern = o.text("pattern");
                        yield build(o.path("pattern"), () -> new Condition.Matches(field, pattern));
                    }
                    case "count" -> {
                        String block = o.text("block");
                        String compare = o.text("compare");
                        Long value = o.optLong("value");
                        if (value == null || value < 0 || value > Integer.MAX_VALUE) {
                            throw new InvalidFormDefinitionException(o.path("value"), "must be a count");
                        }
                        Condition.Comparator comparator = comparatorAt(compare, o.path("compare"));
                        yield new Condition.Count(block, comparator, value.intValue());
                    }
                    default -> throw new InvalidFormDefinitionException(o.path("op"), "unknown operator");
                };
        o.done();
        return condition;
    }

    private static Condition.Comparator comparator(String op) {
        return Condition.Comparator.valueOf(op.toUpperCase(Locale.ROOT));
    }

    private static Condition.Comparator comparatorAt(String op, String path) {
        for (Condition.Comparator comparator : Condition.Comparator.values()) {
            if (comparator.op().equals(op)) {
                return comparator;
            }
        }
        throw new InvalidFormDefinitionException(path, "must be eq, ne, lt, le, gt or ge");
    }

    private static Condition.Literal literal(JsonObject o, Condition.Comparator comparator) {
        JsonNode value = o.node("value");
        String path = o.path("value");
        boolean ordering = comparator != Condition.Comparator.EQ && comparator != Condition.Comparator.NE;
        if (value.isNumber()) {
            return new Condition.Literal.Number(value.decimalValue());
        }
        if (value.isTextual() && ordering) {
            return build(path, () -> new Condition.Literal.Date(DateBound.parse(value.textValue())));
        }
        if (value.isTextual()) {
            return new Condition.Literal.Text(value.textValue());
        }
        if (value.isBoolean() && !ordering) {
            return new Condition.Literal.Bool(value.booleanValue());
        }
        throw new InvalidFormDefinitionException(
                path, ordering ? "must be a number or a date" : "must be a string, a number or a boolean");
    }
}
