package fr.eadmin.forms.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.Section;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Schema (draft 2020-12) a submission of one definition must satisfy, for an API gateway to refuse
 * malformed requests before they reach the application: the answer's JSON type per field, the options of
 * choices, the bounds of numbers, the shape of files and of block occurrences, no unknown answer.
 *
 * <p>The schema checks the shape of answers, {@link fr.eadmin.forms.validation.FormValidator} their meaning: every
 * submission the validator normalises satisfies the schema. Conditions are not expressed, so a required field
 * is required by the schema only when it is always shown; patterns, lengths after trimming and identifiers'
 * checksums are left to the validator. One difference the other way: an answer to a field that is hidden must
 * still have the type of its field, where the validator would silently clear it.
 *
 * {@snippet :
 * ObjectNode schema = SubmissionSchema.of(definition);
 * gateway.register("/demandes/" + definition.id(), schema.toString());
 * }
 */
public final class SubmissionSchema {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SubmissionSchema() {}

    /**
     * The schema of the submissions of a definition.
     *
     * @param definition the definition
     * @return a new JSON Schema document
     */
    public static ObjectNode of(FormDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", definition.title());
        schema.put("description", "Answers to the form " + definition.id() + ", version " + definition.version() + ".");
        ObjectNode properties = object(schema);
        ArrayNode required = NODES.arrayNode();
        for (Page page : definition.pages()) {
            nodes(page.nodes(), properties, required, page.visibleIf() == null);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode object(ObjectNode schema) {
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        schema.put("additionalProperties", false);
        return properties;
    }

    private static void nodes(List<? extends Node> nodes, ObjectNode properties, ArrayNode required, boolean shown) {
        for (Node node : nodes) {
            boolean always = shown && node.visibleIf() == null;
            if (node instanceof Field field) {
                properties.set(field.id(), nullable(answer(field.type())));
                if (always && field.required()) {
                    required.add(field.id());
                }
            } else if (node instanceof Section section) {
                nodes(section.nodes(), properties, required, always);
            } else if (node instanceof RepeatableBlock block) {
                ObjectNode array = NODES.objectNode();
                array.put("type", "array");
                if (always && block.minOccurrences() > 0) {
                    array.put("minItems", block.minOccurrences());
                }
                array.put("maxItems", block.maxOccurrences());
                ObjectNode item = array.putObject("items");
                ObjectNode itemProperties = object(item);
                ArrayNode itemRequired = NODES.arrayNode();
                nodes(block.fields(), itemProperties, itemRequired, true);
                if (!itemRequired.isEmpty()) {
                    item.set("required", itemRequired);
                }
                properties.set(block.id(), nullable(array));
            }
        }
    }

    /** An absent answer may also be sent as {@code null}. */
    private static ObjectNode nullable(ObjectNode schema) {
        ObjectNode either = NODES.objectNode();
        ArrayNode anyOf = either.putArray("anyOf");
        anyOf.add(schema);
        anyOf.addObject().put("type", "null");
        return either;
    }

    private static ObjectNode answer(FieldType type) {
        ObjectNode schema = NODES.objectNode();
        if (type instanceof FieldType.ShortText || type instanceof FieldType.LongText) {
            schema.put("type", "string");
            schema.put("maxLength", FieldType.TEXT_LIMIT);
        } else if (type instanceof FieldType.IntegerNumber t) {
            schema.put("type", "integer");
            bound(schema, "minimum", t.min());
            bound(schema, "maximum", t.max());
        } else if (type instanceof FieldType.DecimalNumber t) {
            schema.put("type", "number");
            if (t.min() != null) {
                schema.put("minimum", t.min());
            }
            if (t.max() != null) {
                schema.put("maximum", t.max());
            }
        } else if (type instanceof FieldType.DateField) {
            schema.put("type", "string");
            schema.put("format", "date");
        } else if (type instanceof FieldType.YesNo || type instanceof FieldType.Checkbox) {
            schema.put("type", "boolean");
        } else if (type instanceof FieldType.SingleChoice t) {
            choice(schema, t.options(), t.other());
        } else if (type instanceof FieldType.MultipleChoice t) {
            schema.put("type", "array");
            schema.put("maxItems", t.maxSelected());
            schema.put("uniqueItems", true);
            choice(schema.putObject("items"), t.options(), t.other());
        } else if (type instanceof FieldType.Identifier) {
            schema.put("type", "string");
        } else if (type instanceof FieldType.FileUpload t) {
            files(schema, t);
        } else {
            // Computed values and displayed texts take no answer.
            schema.put("type", "null");
        }
        return schema;
    }

    private static void bound(ObjectNode schema, String name, @Nullable Long value) {
        if (value != null) {
            schema.put(name, value);
        }
    }

    private static void choice(ObjectNode schema, List<ChoiceOption> options, boolean other) {
        schema.put("type", "string");
        if (!other) {
            ArrayNode values = schema.putArray("enum");
            options.forEach(o -> values.add(o.value()));
        }
    }

    private static void files(ObjectNode schema, FieldType.FileUpload type) {
        schema.put("type", "array");
        schema.put("maxItems", type.maxCount());
        ObjectNode file = schema.putObject("items");
        ObjectNode properties = object(file);
        properties.putObject("blob").put("type", "string").put("pattern", "^[0-9a-f]{64}$");
        properties.putObject("size").put("type", "integer").put("minimum", 1).put("maximum", type.maxSize());
        ArrayNode mediaTypes =
                properties.putObject("mediaType").put("type", "string").putArray("enum");
        new TreeSet<>(type.mediaTypes()).forEach(mediaTypes::add);
        ArrayNode required = file.putArray("required");
        required.add("blob").add("size").add("mediaType");
    }
}
