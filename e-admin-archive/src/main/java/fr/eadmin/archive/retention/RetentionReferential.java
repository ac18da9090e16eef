package fr.eadmin.archive.retention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The referential of retention rules the archivist edits, and which rule applies to each téléservice. Core's
 * {@link fr.eadmin.core.teleservice.Teleservice} holds no retention field, so the mapping from téléservice
 * code to rule code lives here, with the rules, where the archivist maintains both. Kept as a JSON document:
 *
 * {@snippet lang=json :
 * {
 *   "rules": [
 *     {"code": "DUA-SCOLAIRE", "label": "Inscriptions scolaires", "duration": "P10Y",
 *      "startEvent": "CLOSURE", "fate": "DESTROY"}
 *   ],
 *   "teleservices": {"inscription-scolaire": "DUA-SCOLAIRE"}
 * }
 * }
 *
 * @param rules the rules by code
 * @param teleservices the rule code of each téléservice code
 */
public record RetentionReferential(Map<String, RetentionRule> rules, Map<String, String> teleservices) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Checks that every téléservice points to a rule of the referential, and copies the maps.
     *
     * @throws InvalidReferentialException if a téléservice points to an unknown rule or a rule is keyed
     *     under another code
     */
    public RetentionReferential {
        rules = Map.copyOf(new TreeMap<>(rules));
        teleservices = Map.copyOf(new TreeMap<>(teleservices));
        for (Map.Entry<String, RetentionRule> rule : rules.entrySet()) {
            if (!rule.getKey().equals(rule.getValue().code())) {
                throw new InvalidReferentialException("rules." + rule.getKey(), "keyed under another code", null);
            }
        }
        for (Map.Entry<String, String> mapping : teleservices.entrySet()) {
            if (!rules.containsKey(mapping.getValue())) {
                throw new InvalidReferentialException(
                        "teleservices." + mapping.getKey(), "unknown rule " + mapping.getValue(), null);
            }
        }
    }

    /**
     * A referential from rules and mappings.
     *
     * @param rules the rules (codes unique)
     * @param teleservices the rule code of each téléservice code
     * @return the referential
     * @throws InvalidReferentialException if two rules have the same code or a mapping names an unknown rule
     */
    public static RetentionReferential of(List<RetentionRule> rules, Map<String, String> teleservices) {
        Map<String, RetentionRule> byCode = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            if (byCode.put(rule.code(), rule) != null) {
                throw new InvalidReferentialException("rules", "two rules have the code " + rule.code(), null);
            }
        }
        return new RetentionReferential(byCode, teleservices);
    }

    /**
     * A rule by code.
     *
     * @param code the rule's code
     * @return the rule, or empty if the referential has none with this code
     */
    public Optional<RetentionRule> rule(String code) {
        return Optional.ofNullable(rules.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The rule that applies to a téléservice's records.
     *
     * @param teleservice the téléservice's code
     * @return the rule, or empty if the téléservice has none
     */
    public Optional<RetentionRule> ruleFor(String teleservice) {
        String code = teleservices.get(Objects.requireNonNull(teleservice, "teleservice"));
        return code == null ? Optional.empty() : rule(code);
    }

    /**
     * Reads a referential from its JSON document.
     *
     * @param in the document (not closed)
     * @return the referential
     * @throws InvalidReferentialException if the document is not a valid referential
     * @throws IOException if reading fails
     */
    public static RetentionReferential read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidReferentialException("$", "not JSON", e);
        }
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new InvalidReferentialException("$", "an object with a \"rules\" array is expected", null);
        }
        List<RetentionRule> rules = new ArrayList<>();
        for (int i = 0; i < root.get("rules").size(); i++) {
            rules.add(rule(root.get("rules").get(i), "rules[" + i + "]"));
        }
        Map<String, String> teleservices = new LinkedHashMap<>();
        JsonNode mappings = root.path("teleservices");
        if (!mappings.isMissingNode()) {
            if (!mappings.isObject()) {
                throw new InvalidReferentialException("teleservices", "an object is expected", null);
            }
            for (Map.Entry<String, JsonNode> mapping : mappings.properties()) {
                if (!mapping.getValue().isTextual()) {
                    throw new InvalidReferentialException(
                            "teleservices." + mapping.getKey(), "a rule code is expected", null);
                }
                teleservices.put(mapping.getKey(), mapping.getValue().asText());
            }
        }
        return of(rules, teleservices);
    }

    private static RetentionRule rule(JsonNode node, String path) {
        try {
            return new RetentionRule(
                    text(node, "code", path),
                    text(node, "label", path),
                    Period.parse(text(node, "duration", path)),
                    StartEvent.valueOf(text(node, "startEvent", path)),
                    FinalFate.valueOf(text(node, "fate", path)));
        } catch (DateTimeParseException e) {
            throw new InvalidReferentialException(path + ".duration", "not an ISO-8601 period such as P5Y", e);
        } catch (InvalidReferentialException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidReferentialException(path, e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new InvalidReferentialException(path + "." + field, "a string is expected", null);
        }
        return value.asText();
    }

    /**
     * Writes the referential as its JSON document, rules and mappings sorted by code.
     *
     * @param out where to write (not closed)
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("rules");
        for (RetentionRule rule : new TreeMap<>(rules).values()) {
            ObjectNode node = array.addObject();
            node.put("code", rule.code());
            node.put("label", rule.label());
            node.put("duration", rule.duration().toString());
            node.put("startEvent", rule.startEvent().name());
            node.put("fate", rule.fate().name());
        }
        ObjectNode mappings = root.putObject("teleservices");
        new TreeMap<>(teleservices).forEach(mappings::put);
        JSON.writeValue(new fr.eadmin.archive.internal.NonClosingOutputStream(out), root);
    }
}
