package fr.eadmin.cli.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * The output shared by the {@code eadmin forms} commands: one JSON document {@code {"valid": bool, "errors":
 * [{"file", "path", "code", "severity", "message"}]}} with {@code --json}, one line per problem otherwise.
 */
final class FormsOutput {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ObjectNode document = MAPPER.createObjectNode();
    private final ArrayNode errors;
    private boolean valid = true;

    FormsOutput() {
        document.put("valid", true);
        errors = document.putArray("errors");
    }

    /**
     * Records one problem.
     *
     * @param file the file as typed
     * @param path where in the file, empty for the whole file
     * @param code the stable code
     * @param severity {@code error} or {@code warning}
     * @param message the message
     * @param failing whether it makes the result not valid
     */
    void problem(String file, String path, String code, String severity, String message, boolean failing) {
        ObjectNode error = errors.addObject();
        error.put("file", file);
        error.put("path", path);
        error.put("code", code);
        error.put("severity", severity);
        error.put("message", message);
        if (failing) {
            valid = false;
            document.put("valid", false);
        }
    }

    boolean valid() {
        return valid;
    }

    /**
     * Prints the whole result.
     *
     * @param out where
     * @param json whether as one JSON document
     * @param summary the last line in text mode, or {@code null}
     */
    void print(PrintStream out, boolean json, @Nullable String summary) {
        if (json) {
            try {
                out.println(MAPPER.writeValueAsString(document));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree always serialises", e);
            }
            return;
        }
        for (var error : errors) {
            String path = error.get("path").textValue();
            out.println(error.get("file").textValue() + ": "
                    + error.get("severity").textValue() + " "
                    + (path.isEmpty() ? "/" : path) + " " + error.get("code").textValue() + ": "
                    + error.get("message").textValue());
        }
        if (summary != null) {
            out.println(summary);
        }
    }
}
