package fr.eadmin.forms.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.Condition;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.InvalidFormDefinitionException;
import fr.eadmin.forms.internal.DefinitionReader;
import fr.eadmin.forms.internal.DefinitionWriter;
import fr.eadmin.forms.internal.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads a {@link FormDefinition} from JSON or YAML, and writes one. Reading is strict: an unknown property, a
 * missing required one, a value of the wrong type, a duplicate key or an invalid definition is an
 * {@link InvalidFormDefinitionException} naming the path ({@code pages[1].nodes[3].type.kind}). What is written
 * reads back to an equal definition.
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
 *
 * <p>The same definition in YAML:
 *
 * {@snippet lang="yaml" :
 * id: inscription
 * version: 1
 * title: Inscription
 * pages:
 *   - id: eleve
 *     title: Élève
 *     nodes:
 *       - {node: field, id: nom, label: Nom, required: true, type: {kind: short-text, maxLength: 100}}
 * }
 *
 * <p>The JSON Schema of the format is the resource {@value #SCHEMA_RESOURCE}, for editors.
 */
public final class FormDefinitionJson {
    /** The class path resource of the JSON Schema (draft 2020-12) of definitions. */
    public static final String SCHEMA_RESOURCE = "/fr/eadmin/forms/form-definition.schema.json";

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
        return DefinitionReader.definition(StrictJson.definitionTree(json, false));
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
        return DefinitionReader.definition(StrictJson.definitionTree(json, false));
    }

    /**
     * Reads a definition from YAML text (the same properties as in JSON; anchors and aliases are refused).
     *
     * @param yaml the YAML text
     * @return the definition
     * @throws InvalidFormDefinitionException if the text is not a valid definition
     */
    public static FormDefinition readYaml(String yaml) {
        Objects.requireNonNull(yaml, "yaml");
        return DefinitionReader.definition(StrictJson.definitionTree(yaml, true));
    }

    /**
     * Reads a definition from a UTF-8 YAML stream, which the caller closes.
     *
     * @param yaml the stream
     * @return the definition
     * @throws InvalidFormDefinitionException if the stream is not a valid definition
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static FormDefinition readYaml(InputStream yaml) {
        Objects.requireNonNull(yaml, "yaml");
        return DefinitionReader.definition(StrictJson.definitionTree(yaml, true));
    }

    /**
     * The JSON Schema (draft 2020-12) of definitions, also the class path resource {@value #SCHEMA_RESOURCE}:
     * point an editor at it to get completion and checks while writing a definition.
     *
     * @return the schema, as JSON text
     */
    public static String schema() {
        try (InputStream in = FormDefinitionJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return DefinitionReader.condition(StrictJson.definitionTree(json, false), "");
    }

    /**
     * The JSON tree of a definition, as {@link #read(String)} reads it back.
     *
     * @param definition the definition
     * @return a new JSON object
     */
    public static ObjectNode toTree(FormDefinition definition) {
        return DefinitionWriter.tree(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Writes a definition as indented JSON text.
     *
     * @param definition the definition
     * @return the JSON text, which {@link #read(String)} reads back to an equal definition
     */
    public static String write(FormDefinition definition) {
        try {
            return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Writes a definition as YAML text.
     *
     * @param definition the definition
     * @return the YAML text, which {@link #readYaml(String)} reads back to an equal definition
     */
    public static String writeYaml(FormDefinition definition) {
        try {
            return StrictJson.YAML_MAPPER.writeValueAsString(toTree(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
