package fr.eadmin.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What a scenario works with: the embedded defaults (an H2 file database with the e-admin schema, a
 * folder for files), the clock, the console and the artifact index.
 */
public final class ScenarioContext {
    private final String scenario;
    private final Path folder;
    private final DataSource dataSource;
    private final Path blobFolder;
    private final Path dataFolder;
    private final Clock clock;
    private final PrintStream out;
    private final ArtifactIndex index;

    ScenarioContext(
            String scenario,
            Path folder,
            DataSource dataSource,
            Path blobFolder,
            Path dataFolder,
            Clock clock,
            PrintStream out,
            ArtifactIndex index) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.blobFolder = Objects.requireNonNull(blobFolder, "blobFolder");
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.out = Objects.requireNonNull(out, "out");
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * The context of one scenario in a run of the main job: its folder is named after it under the output
     * folder; its private folders are in the embedded defaults' data folder.
     *
     * @param scenario the scenario's name
     * @param out the output folder
     * @param defaults the embedded defaults of the scenario's town
     * @param clock the clock
     * @param console where progress goes
     * @param index the index of artifacts
     * @return the context
     */
    static ScenarioContext of(
            String scenario,
            Path out,
            EmbeddedDefaults defaults,
            Clock clock,
            PrintStream console,
            ArtifactIndex index) {
        return new ScenarioContext(
                scenario,
                out.resolve(scenario),
                defaults.dataSource(),
                defaults.blobFolder(),
                defaults.dataFolder(),
                clock,
                console,
                index);
    }

    /** {@return the embedded database, schema applied} */
    public DataSource dataSource() {
        return dataSource;
    }

    /** {@return the folder of the town's filesystem blob store} */
    public Path blobFolder() {
        return blobFolder;
    }

    /**
     * A private folder of the embedded defaults, outside what the scenarios publish: where a town keeps its
     * key stores, for instance.
     *
     * @param name the folder's name
     * @return the folder, created if needed
     * @throws IOException if it cannot be created
     */
    public Path privateFolder(String name) throws IOException {
        return Files.createDirectories(dataFolder.resolve(name));
    }

    /** {@return the scenario's name, as recorded in the index} */
    public String scenario() {
        return scenario;
    }

    /** {@return the clock every component takes (zone Europe/Paris)} */
    public Clock clock() {
        return clock;
    }

    /**
     * Prints one line of progress, indented under the scenario's name.
     *
     * @param line the line
     */
    public void say(String line) {
        out.println("    " + line);
    }

    /**
     * Resolves a file name in the scenario's own folder, creating the folder.
     *
     * @param name the file name
     * @return the path
     * @throws IOException if the folder cannot be created
     */
    public Path file(String name) throws IOException {
        Files.createDirectories(folder);
        return folder.resolve(name);
    }

    /**
     * Writes a text report in the scenario's folder and records it in the index.
     *
     * @param name the file name
     * @param text the content
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public Path writeReport(String name, String text) throws IOException {
        Path file = file(name);
        Files.writeString(file, text);
        index.add(scenario, ArtifactKind.REPORT, file);
        return file;
    }

    /**
     * Records a file of the scenario's folder in the index.
     *
     * @param kind what it is
     * @param file the file, already written
     */
    public void record(ArtifactKind kind, Path file) {
        index.add(scenario, kind, file);
    }

    /**
     * Records a detached CAdES signature with the file it signs.
     *
     * @param signature the signature file
     * @param content the signed file
     */
    public void recordCadesSignature(Path signature, Path content) {
        index.add(scenario, ArtifactKind.CADES_SIGNATURE, signature, java.util.Map.of("content", content));
    }

    /**
     * Records an RFC 3161 timestamp token with the file it timestamps.
     *
     * @param token the token file (DER)
     * @param data the timestamped file
     */
    public void recordTimestampToken(Path token, Path data) {
        index.add(scenario, ArtifactKind.TIMESTAMP_TOKEN, token, java.util.Map.of("data", data));
    }

    /** {@return the index of artifacts, to record files other than reports} */
    public ArtifactIndex index() {
        return index;
    }
}
