package fr.eadmin.identity.franceconnect.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Strict JSON for JOSE objects and provider answers: duplicate members refused, one object per text. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Json() {}

    /**
     * Reads a JSON object.
     *
     * @param utf8 the UTF-8 text
     * @return the object
     * @throws IllegalArgumentException if the text is not one JSON object
     */
    public static ObjectNode object(byte[] utf8) {
        JsonNode node;
        try {
            node = MAPPER.readTree(utf8);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * A new empty object.
     *
     * @return the object
     */
    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    /**
     * Writes a node as compact UTF-8 JSON.
     *
     * @param node the node
     * @return the bytes
     */
    public static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    /**
     * A member that must be a string if present.
     *
     * @param object the object
     * @param name the member
     * @return its text, or null if absent or JSON null
     * @throws IllegalArgumentException if present with another type
     */
    public static @Nullable String optionalText(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("member " + name + " is not a string");
        }
        return value.asText();
    }

    /**
     * A member that must be a string.
     *
     * @param object the object
     * @param name the member
     * @return its text
     * @throws IllegalArgumentException if absent or not a string
     */
    public static String text(JsonNode object, String name) {
        String text = optionalText(object, name);
        if (text == null) {
            throw new IllegalArgumentException("member " + name + " is missing");
        }
        return text;
    }
}
