package fr.eadmin.forms.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.IdentifierKind;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.internal.Nodes;
import fr.eadmin.forms.revision.RebaseReport.Entry;
import fr.eadmin.forms.revision.RebaseReport.Outcome;
import fr.eadmin.forms.validation.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Moves a draft onto a newly published version of its form. Answers follow their field by its stable id:
 *
 * <ul>
 *   <li>kept when the field's type is the same (or only its constraints changed: the draft is validated again
 *       when submitted);
 *   <li>converted when the type changed in a compatible way: integer to decimal, a whole decimal to integer,
 *       short to long text, a one-line long text to short text, single to multiple choice (and back for one
 *       choice), a text that parses to an identifier (in canonical form), yes/no to checkbox; choices whose
 *       option was removed are dropped from a multiple choice;
 *   <li>moved when the field moved: into a repeatable block (the answer becomes the block's first occurrence),
 *       out of one (only from a block answered once), or between blocks (occurrence by occurrence);
 *   <li>dropped otherwise, with a reason: field removed, incompatible type, option removed, not an identifier…
 * </ul>
 *
 * {@snippet :
 * Rebase.Result result = Rebase.onto(draft, version1, version2);
 * store(result.draft());
 * result.report().dropped().forEach(e -> log.info("answer {} dropped: {}", e.path(), e.reason()));
 * }
 *
 * <p>Rebasing onto the same version changes nothing (for answers to fields of the form; answers naming no
 * field are dropped), and rebasing twice is rebasing once.
 */
public final class Rebase {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Place> oldFields;
    private final Map<String, Place> newFields;
    private final Map<String, RepeatableBlock> oldBlocks;
    private final Map<String, RepeatableBlock> newBlocks;
    private final ObjectNode out = NODES.objectNode();
    private final List<Entry> entries = new ArrayList<>();

    /**
     * The draft on the new version and what happened to each answer.
     *
     * @param draft the draft, following the new version
     * @param report what happened to each answer
     */
    public record Result(Draft draft, RebaseReport report) {
        /** Validates the result. */
        public Result {
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(report, "report");
        }
    }

    private record Place(Field field, @Nullable String block) {}

    private record Conversion(
            Outcome outcome, String reason, @Nullable JsonNode value) {
        static Conversion kept(JsonNode value, String reason) {
            return new Conversion(Outcome.KEPT, reason, value);
        }

        static Conversion converted(JsonNode value, String reason) {
            return new Conversion(Outcome.CONVERTED, reason, value);
        }

        static Conversion dropped(String reason) {
            return new Conversion(Outcome.DROPPED, reason, null);
        }
    }

    private Rebase(FormDefinition from, FormDefinition to) {
        oldFields = new HashMap<>();
        oldBlocks = new HashMap<>();
        index(from, oldFields, oldBlocks);
        newFields = new HashMap<>();
        newBlocks = new HashMap<>();
        index(to, newFields, newBlocks);
    }

    private static void index(
            FormDefinition definition, Map<String, Place> fields, Map<String, RepeatableBlock> blocks) {
        for (Nodes.Located located : Nodes.all(definition.pages())) {
            if (located.node() instanceof Field field) {
                fields.put(field.id(), new Place(field, located.block()));
            } else if (located.node() instanceof RepeatableBlock block) {
                blocks.put(block.id(), block);
            }
        }
    }

    /**
     * Moves a draft onto another version of its form.
     *
     * @param draft the draft, following {@code from}
     * @param from the definition the draft follows
     * @param to the new definition, of the same form
     * @return the new draft and the report
     * @throws RevisionMismatchException if the draft does not follow {@code from}, or {@code to} is another form
     */
    public static Result onto(Draft draft, FormDefinition from, FormDefinition to) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!draft.follows(from)) {
            throw new RevisionMismatchException(
                    from.id() + "@" + from.version(), draft.formId() + "@" + draft.version());
        }
        if (!to.id().equals(from.id())) {
            throw new RevisionMismatchException(from.id() + "@*", to.id() + "@" + to.version());
        }
        Rebase rebase = new Rebase(from, to);
        ObjectNode answers = draft.answers().asJson();
        for (Map.Entry<String, JsonNode> answer : answers.properties()) {
            rebase.answer(answer.getKey(), answer.getValue());
        }
        return new Result(
                new Draft(to.id(), to.version(), Submission.of(rebase.out)),
                new RebaseReport(from.version(), to.version(), rebase.entries));
    }

    private void answer(String key, JsonNode value) {
        Place place = oldFields.get(key);
        if (place != null && place.block() == null) {
            topLevel(key, value, place.field());
        } else if (oldBlocks.containsKey(key)) {
            block(key, value);
        } else {
            entries.add(new Entry(key, "", Outcome.DROPPED, "unknown-field"));
        }
    }

    private void topLevel(String key, JsonNode value, Field old) {
        Place target = newFields.get(key);
        if (target == null) {
            entries.add(new Entry(key, "", Outcome.DROPPED, "field-removed"));
            return;
        }
        Conversion conversion = convert(value, old.type(), target.field().type());
        JsonNode converted = conversion.value();
        if (converted == null) {
            entries.add(new Entry(key, "", Outcome.DROPPED, conversion.reason()));
        } else if (target.block() == null) {
            out.set(key, converted);
            entries.add(new Entry(key, key, conversion.outcome(), conversion.reason()));
        } else {
            occurrence(target.block(), 0).set(key, converted);
            entries.add(new Entry(key, target.block() + "[0]." + key, Outcome.CONVERTED, "moved-into-block"));
        }
    }

    private void block(String key, JsonNode value) {
        RepeatableBlock kept = newBlocks.get(key);
        if (!value.isArray()) {
            entries.add(new Entry(key, "", Outcome.DROPPED, "not-a-list"));
            return;
        }
        if (kept != null) {
            occurrences(key);
            for (int i = 0; i < Math.min(value.size(), kept.maxOccurrences()); i++) {
                occurrence(key, i);
            }
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode occurrence = value.get(i);
            String prefix = key + "[" + i + "]";
            if (!occurrence.isObject()) {
                entries.add(new Entry(prefix, "", Outcome.DROPPED, "not-a-list"));
                continue;
            }
            for (Map.Entry<String, JsonNode> answer : occurrence.properties()) {
                inBlock(key, i, value.size(), answer.getKey(), answer.getValue());
            }
        }
    }

    private void inBlock(String block, int index, int count, String key, JsonNode value) {
        String path = block + "[" + index + "]." + key;
        Place old = oldFields.get(key);
        if (old == null || !block.equals(old.block())) {
            entries.add(new Entry(path, "", Outcome.DROPPED, "unknown-field"));
            return;
        }
        Place target = newFields.get(key);
        if (target == null) {
            entries.add(new Entry(path, "", Outcome.DROPPED, "field-removed"));
            return;
        }
        Conversion conversion =
                convert(value, old.field().type(), target.field().type());
        JsonNode converted = conversion.value();
        String newBlock = target.block();
        if (converted == null) {
            entries.add(new Entry(path, "", Outcome.DROPPED, conversion.reason()));
        } else if (newBlock == null) {
            if (count == 1) {
                out.set(key, converted);
                entries.add(new Entry(path, key, Outcome.CONVERTED, "moved-out-of-block"));
            } else {
                entries.add(new Entry(path, "", Outcome.DROPPED, "several-occurrences"));
            }
        } else if (index >= newBlocks.get(newBlock).maxOccurrences()) {
            entries.add(new Entry(path, "", Outcome.DROPPED, "too-many-occurrences"));
        } else {
            String newPath = newBlock + "[" + index + "]." + key;
            occurrence(newBlock, index).set(key, converted);
            boolean moved = !newBlock.equals(block);
            entries.add(new Entry(
                    path,
                    newPath,
                    moved ? Outcome.CONVERTED : conversion.outcome(),
                    moved ? "moved-between-blocks" : conversion.reason()));
        }
    }

    private ArrayNode occurrences(String block) {
        JsonNode existing = out.get(block);
        if (existing instanceof ArrayNode array) {
            return array;
        }
        return out.putArray(block);
    }

    private ObjectNode occurrence(String block, int index) {
        ArrayNode occurrences = occurrences(block);
        while (occurrences.size() <= index) {
            occurrences.addObject();
        }
        return (ObjectNode) occurrences.get(index);
    }

    private static Conversion convert(JsonNode value, FieldType from, FieldType to) {
        if (from.equals(to)) {
            return Conversion.kept(value, "same-type");
        }
        if (!to.isInput()) {
            return Conversion.dropped("not-an-answer");
        }
        if (value.isNull()) {
            return Conversion.kept(value, "empty");
        }
        if (from.name().equals(to.name())
                && !(to instanceof FieldType.SingleChoice)
                && !(to instanceof FieldType.MultipleChoice)) {
            return Conversion.kept(value, "constraints-changed");
        }
        if (from instanceof FieldType.IntegerNumber && to instanceof FieldType.DecimalNumber) {
            return value.isIntegralNumber()
                    ? Conversion.converted(value, "integer-to-decimal")
                    : Conversion.dropped("incompatible-type");
        }
        if (from instanceof FieldType.DecimalNumber && to instanceof FieldType.IntegerNumber) {
            return decimalToInteger(value);
        }
        if (isText(from) && to instanceof FieldType.LongText && value.isTextual()) {
            return Conversion.converted(value, reason(from, "long-text"));
        }
        if (isText(from) && to instanceof FieldType.ShortText shortText && value.isTextual()) {
            String text = value.textValue();
            boolean fits = text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.length() <= shortText.maxLength();
            return fits ? Conversion.converted(value, reason(from, "short-text")) : Conversion.dropped("too-long");
        }
        if (isText(from) && to instanceof FieldType.Identifier identifier && value.isTextual()) {
            IdentifierKind kind = identifier.kind();
            String text = value.textValue().strip();
            return kind.isValid(text)
                    ? Conversion.converted(
                            NODES.textNode(kind.canonical(text)),
                            from instanceof FieldType.Identifier ? "identifier-kind" : "text-to-identifier")
                    : Conversion.dropped("not-an-identifier");
        }
        if (isBoolean(from) && isBoolean(to) && value.isBoolean()) {
            return Conversion.converted(value, "yes-no-checkbox");
        }
        if (to instanceof FieldType.SingleChoice single) {
            return toSingle(value, from, single);
        }
        if (to instanceof FieldType.MultipleChoice multiple) {
            return toMultiple(value, from, multiple);
        }
        return Conversion.dropped("incompatible-type");
    }

    private static String reason(FieldType from, String to) {
        if (from instanceof FieldType.Identifier) {
            return "identifier-to-text";
        }
        return from instanceof FieldType.ShortText ? "short-to-long-text" : "long-to-short-text";
    }

    private static Conversion decimalToInteger(JsonNode value) {
        if (!value.isNumber()) {
            return Conversion.dropped("incompatible-type");
        }
        BigDecimal number = value.decimalValue();
        try {
            return Conversion.converted(NODES.numberNode(number.longValueExact()), "decimal-to-integer");
        } catch (ArithmeticException e) {
            return Conversion.dropped("not-an-integer");
        }
    }

    private static boolean isText(FieldType type) {
        return type instanceof FieldType.ShortText
                || type instanceof FieldType.LongText
                || type instanceof FieldType.Identifier;
    }

    private static boolean isBoolean(FieldType type) {
        return type instanceof FieldType.YesNo || type instanceof FieldType.Checkbox;
    }

    private static boolean offered(JsonNode item, List<ChoiceOption> options, boolean other) {
        if (!item.isTextual()) {
            return false;
        }
        for (ChoiceOption option : options) {
            if (option.value().equals(item.textValue())) {
                return true;
            }
        }
        return other;
    }

    private static Conversion toSingle(JsonNode value, FieldType from, FieldType.SingleChoice to) {
        if (from instanceof FieldType.SingleChoice) {
            return offered(value, to.options(), to.other())
                    ? Conversion.kept(value, "constraints-changed")
                    : Conversion.dropped("option-removed");
        }
        if (from instanceof FieldType.MultipleChoice && value.isArray()) {
            if (value.size() != 1) {
                return Conversion.dropped("several-choices");
            }
            return offered(value.get(0), to.options(), to.other())
                    ? Conversion.converted(value.get(0), "multiple-to-single-choice")
                    : Conversion.dropped("option-removed");
        }
        return Conversion.dropped("incompatible-type");
    }

    private static Conversion toMultiple(JsonNode value, FieldType from, FieldType.MultipleChoice to) {
        if (from instanceof FieldType.SingleChoice) {
            if (!offered(value, to.options(), to.other())) {
                return Conversion.dropped("option-removed");
            }
            ArrayNode array = NODES.arrayNode();
            array.add(value);
            return Conversion.converted(array, "single-to-multiple-choice");
        }
        if (from instanceof FieldType.MultipleChoice && value.isArray()) {
            ArrayNode array = NODES.arrayNode();
            for (JsonNode item : value) {
                if (offered(item, to.options(), to.other())) {
                    array.add(item);
                }
            }
            if (array.size() == value.size()) {
                return Conversion.kept(value, "constraints-changed");
            }
            return array.isEmpty()
                    ? Conversion.dropped("option-removed")
                    : Conversion.converted(array, "option-removed");
        }
        return Conversion.dropped("incompatible-type");
    }
}
