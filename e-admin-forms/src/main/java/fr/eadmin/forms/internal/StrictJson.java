package fr.eadmin.forms.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fr.eadmin.forms.InvalidFormDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;

/** The JSON and YAML readers of definitions and submissions: strict, with small limits on nesting and size. */
public final class StrictJson {
    /** The deepest nesting accepted in a definition or a submission. */
    public static final int MAX_DEPTH = 64;

    /** The largest document accepted, in characters or bytes. */
    public static final long MAX_DOCUMENT_LENGTH = 10_000_000L;

    /** The shared, configured mapper (thread-safe). */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                            .maxNumberLength(100)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * The shared, configured YAML mapper (thread-safe): the same limits, and no YAML alias (anchors expanding
     * into huge trees are refused), no duplicate key.
     */
    public static final ObjectMapper YAML_MAPPER = yamlMapper();

    private StrictJson() {}

    /**
     * Parses a definition (or a condition) from JSON or YAML, as text or a UTF-8 stream the caller closes.
     *
     * @param input a {@code String} or an {@code InputStream}
     * @param yaml whether the input is YAML
     * @return the tree, a missing node for an empty document
     * @throws InvalidFormDefinitionException if the input is malformed or beyond the limits
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static JsonNode definitionTree(Object input, boolean yaml) {
        ObjectMapper mapper = yaml ? YAML_MAPPER : MAPPER;
        String format = yaml ? "YAML" : "JSON";
        try {
            if (yaml) {
                String text = input instanceof InputStream stream ? bounded(stream) : (String) input;
                refuseAliases(text);
                input = text;
            }
            JsonNode root =
                    input instanceof InputStream stream ? mapper.readTree(stream) : mapper.readTree((String) input);
            return root == null ? mapper.missingNode() : root;
        } catch (JsonProcessingException e) {
            throw new InvalidFormDefinitionException("", "malformed " + format + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof InvalidFormDefinitionException invalid) {
                throw invalid;
            }
            // SnakeYAML reports some of its limits (nesting, code points) with its own unchecked exceptions.
            throw new InvalidFormDefinitionException("", "malformed " + format + ": " + e.getMessage());
        }
    }

    private static String bounded(InputStream stream) throws IOException {
        byte[] bytes = stream.readNBytes((int) MAX_DOCUMENT_LENGTH + 1);
        if (bytes.length > MAX_DOCUMENT_LENGTH) {
            throw new InvalidFormDefinitionException(
                    "", "malformed YAML: longer than " + MAX_DOCUMENT_LENGTH + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Refuses YAML aliases ({@code *name}): Jackson would read each as the text of its name, silently, and a
     * definition has no use for them.
     */
    private static void refuseAliases(String text) throws IOException {
        try (JsonParser parser = YAML_MAPPER.createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
                    throw new InvalidFormDefinitionException(
                            "", "malformed YAML: aliases (*" + parser.getText() + ") are not accepted");
                }
            }
        }
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions loader = new LoaderOptions();
        loader.setAllowDuplicateKeys(false);
        loader.setMaxAliasesForCollections(0);
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setCodePointLimit((int) MAX_DOCUMENT_LENGTH);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .maxNumberLength(100)
                        .build())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build();
        return YAMLMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}
