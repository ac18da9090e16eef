package fr.eadmin.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The main job: runs every scenario on the embedded defaults and writes their artifacts, with {@code
 * index.json}, under an output folder. Each scenario is one town's portal: it gets its own database, blob
 * folder and key stores under the output folder's {@code data} folder.
 *
 * <pre>
 * java fr.eadmin.examples.Main [--out DIR]    (default target/demo)
 * </pre>
 */
public final class Main {
    /** The zone every scenario computes dates in. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Path DEFAULT_OUT = Path.of("target", "demo");

    private static final String USAGE = "usage: java fr.eadmin.examples.Main [--out DIR]\n"
            + "  runs every scenario and writes its artifacts, with index.json, under DIR (default target/demo)";

    private Main() {}

    /**
     * Entry point.
     *
     * @param args {@code --out DIR} optionally
     */
    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        Path out;
        try {
            out = parseOut(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            run(out, Clock.system(PARIS), System.out);
        } catch (Exception e) {
            System.err.println("e-admin examples failed: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    static Path parseOut(String[] args) {
        Path out = DEFAULT_OUT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--out needs a folder");
                    }
                    out = Path.of(args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        return out;
    }

    /**
     * Runs every scenario into a fresh output folder.
     *
     * @param out the output folder; emptied first if it holds a previous run
     * @param clock the clock given to every component
     * @param console where progress goes
     * @return the index of what was written
     * @throws Exception if a scenario fails
     */
    public static ArtifactIndex run(Path out, Clock clock, PrintStream console) throws Exception {
        prepare(out);
        ArtifactIndex index = new ArtifactIndex(out);
        Instant started = Instant.now();
        List<Scenario> scenarios = scenarios();
        int n = 0;
        for (Scenario scenario : scenarios) {
            n++;
            console.printf(
                    Locale.ROOT, "[%d/%d] %s: %s%n", n, scenarios.size(), scenario.name(), scenario.description());
            // Each town has its own portal, hence its own database, blobs and keys.
            try (EmbeddedDefaults defaults =
                    EmbeddedDefaults.open(out.resolve("data").resolve(scenario.name()))) {
                scenario.run(ScenarioContext.of(scenario.name(), out, defaults, clock, console, index));
            }
        }
        Path indexFile = index.write();
        console.printf(
                Locale.ROOT,
                "%d artifact%s written under %s (index: %s) in %d ms%n",
                index.size(),
                index.size() == 1 ? "" : "s",
                out,
                indexFile.getFileName(),
                Duration.between(started, Instant.now()).toMillis());
        console.printf(Locale.ROOT, "    %s%n", index.countsByKind());
        return index;
    }

    /** The scenarios, in the order they run. */
    static List<Scenario> scenarios() {
        return List.of(
                new LeChesnayGuichet(),
                new MaurepasCompteFamille(),
                new MaurepasFacturePayfip(),
                new AlenconScenario(),
                new GreasqueReservation(),
                new Lyon());
    }

    /** Empties a previous run's output folder; refuses a non-empty folder that is not one. */
    private static void prepare(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            boolean previousRun = Files.exists(out.resolve("index.json")) || Files.exists(out.resolve("data"));
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent() && !previousRun) {
                    throw new IOException("output folder " + out + " is not empty and holds no previous run");
                }
            }
            try (Stream<Path> all = Files.walk(out)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(out)) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(out);
    }
}
