package fr.eadmin.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import fr.eadmin.forms.InvalidFormDefinitionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object being read into a definition, with its path: every read names the property, so that errors
 * name the path, and {@link #done()} refuses the properties nobody read.
 */
public final class JsonObject {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private JsonObject(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * Wraps a node that must be an object.
     *
     * @param node the node
     * @param path its path
     * @return the object
     */
    public static JsonObject of(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidFormDefinitionException(path, "must be an object");
        }
        return new JsonObject(node, path);
    }

    /**
     * The path of this object.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The path of one of its properties.
     *
     * @param name the property
     * @return the path
     */
    public String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private @Nullable JsonNode get(String name, boolean required) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidFormDefinitionException(path(name), "is required");
            }
            return null;
        }
        return value;
    }

    /**
     * A required text.
     *
     * @param name the property
     * @return the text
     */
    public String text(String name) {
        String value = optText(name);
        if (value == null) {
            throw new InvalidFormDefinitionException(path(name), "is required");
        }
        return value;
    }

    /**
     * An optional text.
     *
     * @param name the property
     * @return the text, or {@code null}
     */
    public @Nullable String optText(String name) {
        JsonNode value = get(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidFormDefinitionException(path(name), "must be a string");
        }
        return value.textValue();
    }

    /**
     * An optional boolean.
     *
     * @param name the property
     * @param fallback the value when absent
     * @return the boolean
     */
    public boolean bool(String name, boolean fallback) {
        JsonNode value = get(name, false);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new InvalidFormDefinitionException(path(name), "must be true or false");
        }
        return value.booleanValue();
    }

    /**
     * An optional whole number.
     *
     * @param name the property
     * @return the number, or {@code null}
     */
    public @Nullable Long optLong(String name) {
        JsonNode value = get(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidFormDefinitionException(path(name), "must be a whole number");
        }
        return value.longValue();
    }

    /**
     * An optional whole number in the range of {@code int}.
     *
     * @param name the property
     * @param fallback the value when absent
     * @return the number
     */
    public int integer(String name, int fallback) {
        Long value = optLong(name);
        if (value == null) {
            return fallback;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidFormDefinitionException(path(name), "is out of range");
        }
        return value.intValue();
    }

    /**
     * An optional decimal number.
     *
     * @param name the property
     * @return the number, or {@code null}
     */
    public @Nullable BigDecimal optDecimal(String name) {
        JsonNode value = get(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidFormDefinitionException(path(name), "must be a number");
        }
        return value.decimalValue();
    }

    /**
     * A property of any kind.
     *
     * @param name the property
     * @return the node
     */
    public JsonNode node(String name) {
        JsonNode value = get(name, true);
        return java.util.Objects.requireNonNull(value);
    }

    /**
     * An optional object.
     *
     * @param name the property
     * @return the object, or {@code null}
     */
    public @Nullable JsonObject optObject(String name) {
        JsonNode value = get(name, false);
        return value == null ? null : of(value, path(name));
    }

    /**
     * A required object.
     *
     * @param name the property
     * @return the object
     */
    public JsonObject object(String name) {
        return of(node(name), path(name));
    }

    /**
     * A list, absent meaning empty.
     *
     * @param name the property
     * @param reader reads one element from its node and path
     * @param <T> the element type
     * @return the elements
     */
    public <T> List<T> list(String name, BiFunction<JsonNode, String, T> reader) {
        JsonNode value = get(name, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidFormDefinitionException(path(name), "must be an array");
        }
        List<T> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            result.add(reader.apply(value.get(i), path(name) + "[" + i + "]"));
        }
        return result;
    }

    /**
     * A list of texts, absent meaning empty.
     *
     * @param name the property
     * @return the texts
     */
    public List<String> texts(String name) {
        return list(name, (item, itemPath) -> {
            if (!item.isTextual()) {
                throw new InvalidFormDefinitionException(itemPath, "must be a string");
            }
            return item.textValue();
        });
    }

    /**
     * Refuses the properties that were not read.
     *
     * @throws InvalidFormDefinitionException naming the first unknown property
     */
    public void done() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new InvalidFormDefinitionException(path(name), "unknown property");
            }
        }
    }
}
