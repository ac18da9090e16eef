package fr.eadmin.cli.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.cli.Arguments;
import fr.eadmin.cli.UsageException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the archive commands share: the input file they check and their JSON output (one document on stdout). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /**
     * The single FILE argument, which must be a readable regular file.
     *
     * @param arguments the command's arguments
     * @return the file
     * @throws UsageException if there is not exactly one argument or it is not a file
     */
    static Path inputFile(Arguments arguments) {
        String file = arguments.positional(1, 1, "FILE").get(0);
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException("cannot read " + file + ": no such file");
        }
        return path;
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void print(ObjectNode document, PrintStream out) {
        try {
            out.println(MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes is always writable", e);
        }
    }
}
