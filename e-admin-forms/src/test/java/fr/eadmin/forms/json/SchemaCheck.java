package fr.eadmin.forms.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The subset of JSON Schema 2020-12 that the schema of definitions uses, enough to check documents against it in
 * tests. {@link #unsupported(JsonNode)} lists any other keyword, so that the schema cannot grow a keyword this
 * check would silently ignore.
 */
final class SchemaCheck {
    static final Set<String> KEYWORDS = Set.of(
            "$schema",
            "$id",
            "$defs",
            "$ref",
            "title",
            "description",
            "type",
            "properties",
            "required",
            "additionalProperties",
            "oneOf",
            "enum",
            "const",
            "items",
            "minItems",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "minLength",
            "maxLength",
            "pattern",
            "anyOf",
            "maxItems",
            "uniqueItems",
            "format");

    private final JsonNode root;

    SchemaCheck(JsonNode root) {
        this.root = root;
    }

    /** The keywords of the schema this check does not know, by path. */
    static List<String> unsupported(JsonNode schema) {
        List<String> found = new ArrayList<>();
        walk(schema, "", found);
        return found;
    }

    private static void walk(JsonNode schema, String path, List<String> found) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (!KEYWORDS.contains(key)) {
                found.add(path + "/" + key);
            }
            if (key.equals("properties") || key.equals("$defs")) {
                for (Map.Entry<String, JsonNode> sub : value.properties()) {
                    walk(sub.getValue(), path + "/" + key + "/" + sub.getKey(), found);
                }
            } else if (key.equals("oneOf") || key.equals("anyOf")) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), path + "/" + key + "/" + i, found);
                }
            } else if (key.equals("items")) {
                walk(value, path + "/items", found);
            }
        }
    }

    List<String> errors(JsonNode instance) {
        List<String> errors = new ArrayList<>();
        check(root, instance, "", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").textValue();
            check(root.at(ref.substring(1)), value, path, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": not of type " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(path + ": not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                errors.add(path + ": not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            object(schema, value, path, errors);
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").intValue()) {
                errors.add(path + ": too few items");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").intValue()) {
                errors.add(path + ": too many items");
            }
            if (schema.has("uniqueItems") && schema.get("uniqueItems").booleanValue()) {
                java.util.Set<JsonNode> seen = new java.util.HashSet<>();
                for (JsonNode item : value) {
                    if (!seen.add(item)) {
                        errors.add(path + ": duplicate items");
                    }
                }
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "/" + i, errors);
                }
            }
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0
                    || schema.has("maximum")
                            && number.compareTo(schema.get("maximum").decimalValue()) > 0
                    || schema.has("exclusiveMinimum")
                            && number.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
                errors.add(path + ": out of bounds");
            }
        }
        if (value.isTextual()) {
            String text = value.textValue();
            int length = text.codePointCount(0, text.length());
            if (schema.has("minLength") && length < schema.get("minLength").intValue()
                    || schema.has("maxLength")
                            && length > schema.get("maxLength").intValue()) {
                errors.add(path + ": wrong length");
            }
            if (schema.has("pattern")
                    && !Pattern.compile(schema.get("pattern").textValue())
                            .matcher(text)
                            .find()) {
                errors.add(path + ": does not match " + schema.get("pattern"));
            }
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode option : schema.get("anyOf")) {
                List<String> optionErrors = new ArrayList<>();
                check(option, value, path, optionErrors);
                any |= optionErrors.isEmpty();
            }
            if (!any) {
                errors.add(path + ": matches none of anyOf");
            }
        }
        if (schema.has("format")
                && schema.get("format").textValue().equals("date")
                && value.isTextual()
                && !value.textValue().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            errors.add(path + ": not a date");
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> optionErrors = new ArrayList<>();
                check(option, value, path, optionErrors);
                matching += optionErrors.isEmpty() ? 1 : 0;
            }
            if (matching != 1) {
                errors.add(path + ": matches " + matching + " of oneOf");
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.textValue())) {
                    errors.add(path + ": missing " + name.textValue());
                }
            }
        }
        JsonNode properties = schema.get("properties");
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (properties != null && properties.has(name)) {
                check(properties.get(name), value.get(name), path + "/" + name, errors);
            } else if (schema.has("additionalProperties")
                    && !schema.get("additionalProperties").booleanValue()) {
                errors.add(path + "/" + name + ": unknown property");
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.textValue()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" ->
                value.isIntegralNumber()
                        || value.isNumber()
                                && value.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
