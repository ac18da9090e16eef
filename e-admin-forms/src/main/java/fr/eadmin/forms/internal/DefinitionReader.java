package fr.eadmin.forms.internal;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads definitions from a parsed tree (JSON or YAML alike), strictly: every read names its path, unknown
 * properties are refused.
 */
public final class DefinitionReader {
    private DefinitionReader() {}

    private static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFormDefinitionException(path, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads a definition from a parsed JSON (or YAML) tree.
     *
     * @param root the tree, {@code null} or missing for an empty document
     * @return the definition
     * @throws InvalidFormDefinitionException if the tree is not a valid definition
     */
    public static FormDefinition definition(@Nullable JsonNode root) {
        Unchecked raw = unchecked(root);
        return build("", () -> new FormDefinition(raw.id(), raw.version(), raw.title(), raw.pages()));
    }

    /**
     * The parts of a definition read from a tree, each page valid on its own but the whole not yet checked (ids
     * unique, references), so that a linter can report every problem of the whole.
     *
     * @param id the form id
     * @param version the version
     * @param title the title
     * @param pages the pages
     */
    public record Unchecked(String id, int version, String title, List<Page> pages) {}

    /**
     * Reads the parts of a definition without checking the whole.
     *
     * @param root the tree
     * @return the parts
     * @throws InvalidFormDefinitionException at the first property or node that cannot be read
     */
    public static Unchecked unchecked(@Nullable JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new InvalidFormDefinitionException("", "empty document");
        }
        JsonObject o = JsonObject.of(root, "");
        String id = o.text("id");
        int version = o.integer("version", 1);
        String title = o.text("title");
        var pages = o.list("pages", DefinitionReader::page);
        o.done();
        if (pages.isEmpty()) {
            throw new InvalidFormDefinitionException("pages", "a form needs at least one page");
        }
        return new Unchecked(id, version, title, pages);
    }

    private static Page page(JsonNode node, String path) {
        JsonObject o = JsonObject.of(node, path);
        String id = o.text("id");
        String title = o.text("title");
        var nodes = o.list("nodes", DefinitionReader::node);
        var exitRules = o.list("exitRules", DefinitionReader::exitRule);
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
                var nodes = o.list("nodes", DefinitionReader::node);
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
                        var options = o.list("options", DefinitionReader::option);
                        boolean other = o.bool("other", false);
                        yield build(o.path(), () -> new FieldType.SingleChoice(options, other));
                    }
                    case "multiple-choice" -> {
                        var options = o.list("options", DefinitionReader::option);
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
     * Reads a condition from a tree.
     *
     * @param node the tree
     * @param path its path, for errors
     * @return the condition
     * @throws InvalidFormDefinitionException if the tree is not a valid condition
     */
    public static Condition condition(JsonNode node, String path) {
        return condition(JsonObject.of(node, path));
    }

    private static Condition condition(JsonObject o) {
        String op = o.text("op");
        Condition condition =
                switch (op) {
                    case "and" -> {
                        var parts = o.list("conditions", DefinitionReader::condition);
                        yield build(o.path(), () -> new Condition.And(parts));
                    }
                    case "or" -> {
                        var parts = o.list("conditions", DefinitionReader::condition);
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
