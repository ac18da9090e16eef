package fr.eadmin.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The list of artifacts the scenarios wrote, saved as {@code index.json} at the root of the output folder:
 * {@code {"artifacts": [{"path": "...", "kind": "...", "scenario": "..."}]}}, paths relative to that
 * folder with forward slashes.
 */
public final class ArtifactIndex {
    private final Path root;
    private final List<Map<String, String>> artifacts = new ArrayList<>();

    /**
     * Creates an empty index for an output folder.
     *
     * @param root the output folder
     */
    public ArtifactIndex(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /**
     * Records an artifact.
     *
     * @param scenario the scenario that wrote it
     * @param kind what it is
     * @param file the file, inside the output folder
     * @param related extra path attributes ({@code "content"} for a detached signature, {@code "data"} for
     *     a timestamp token), each a file inside the output folder
     */
    public synchronized void add(String scenario, ArtifactKind kind, Path file, Map<String, Path> related) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("path", relative(file));
        entry.put("kind", kind.jsonName());
        entry.put("scenario", Objects.requireNonNull(scenario, "scenario"));
        related.forEach((name, path) -> entry.put(name, relative(path)));
        artifacts.add(entry);
    }

    /**
     * Records an artifact with no related file.
     *
     * @param scenario the scenario that wrote it
     * @param kind what it is
     * @param file the file, inside the output folder
     */
    public void add(String scenario, ArtifactKind kind, Path file) {
        add(scenario, kind, file, Map.of());
    }

    /**
     * The number of artifacts recorded so far.
     *
     * @return the count
     */
    public synchronized int size() {
        return artifacts.size();
    }

    /**
     * How many artifacts of each kind were recorded, in the order of {@link ArtifactKind}.
     *
     * @return such as {@code "9 pdf, 2 pdf-signed, 1 sip, 12 report"}
     */
    public synchronized String countsByKind() {
        List<String> counts = new ArrayList<>();
        for (ArtifactKind kind : ArtifactKind.values()) {
            long n = artifacts.stream()
                    .filter(a -> a.get("kind").equals(kind.jsonName()))
                    .count();
            if (n > 0) {
                counts.add(n + " " + kind.jsonName());
            }
        }
        return String.join(", ", counts);
    }

    /**
     * Writes {@code index.json} at the root of the output folder.
     *
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public synchronized Path write() throws IOException {
        Path file = root.resolve("index.json");
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(file, mapper.writeValueAsString(Map.of("artifacts", artifacts)) + "\n");
        return file;
    }

    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            throw new IllegalArgumentException("artifact outside the output folder: " + file);
        }
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalArgumentException("artifact was not written: " + file);
        }
        return root.relativize(absolute).toString().replace('\\', '/');
    }
}
