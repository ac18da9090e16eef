package fr.eadmin.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * One run of the main job shared by the test classes that only read its output: the scenarios run once per
 * test JVM, into a temporary folder, on a fixed clock.
 */
final class DemoRun {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), Main.PARIS);

    private static DemoRun shared;

    final Path out;
    final String console;

    private DemoRun(Path out, String console) {
        this.out = out;
        this.console = console;
    }

    /** {@return the shared run, made on first use} */
    static synchronized DemoRun shared() throws Exception {
        if (shared == null) {
            Path out = Files.createTempDirectory("eadmin-demo-").resolve("demo");
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            Main.run(out, CLOCK, new PrintStream(console, true, StandardCharsets.UTF_8));
            shared = new DemoRun(out, console.toString(StandardCharsets.UTF_8));
        }
        return shared;
    }

    /**
     * Reads a file of the run.
     *
     * @param path the path relative to the output folder
     * @return its text
     */
    String read(String path) {
        try {
            return Files.readString(out.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
