package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs the independent command-line tools (qpdf, pdfsig, openssl, xmllint). A missing tool skips the check on
 * a developer's machine and fails it in CI, where {@code .ci/run} installs them.
 */
final class ExternalTools {
    private ExternalTools() {}

    /** What a tool printed (standard output and error together) and its exit code. */
    record Result(List<String> command, int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return String.join(" ", command) + " -> exit " + exitCode + "\n" + output;
        }
    }

    /** {@return the SEDA schemas shared next to the repository ({@code ../shared/seda}), or null} */
    static @Nullable Path findSedaFolder() {
        String root = System.getProperty("maven.multiModuleProjectDirectory");
        Path start = root != null ? Path.of(root) : Path.of(System.getProperty("user.dir"));
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("seda");
            if (Files.exists(dir.resolve("mvnw")) && Files.isRegularFile(candidate.resolve("2.2/seda-2.2-main.xsd"))) {
                return candidate;
            }
        }
        return null;
    }

    /** {@return the SEDA schemas: a test without them skips on a developer's machine and fails in CI} */
    static Path sedaFolder() {
        Path seda = findSedaFolder();
        if (seda == null) {
            if (System.getenv("CI") != null) {
                fail("the SEDA schemas are not in ../shared/seda next to the repository");
            }
            assumeTrue(false, "the SEDA schemas are not in ../shared/seda next to the repository");
            throw new AssertionError("unreachable");
        }
        return seda;
    }

    static Result run(Path workingDir, String... command) throws IOException, InterruptedException {
        return run(workingDir, Map.of(), command);
    }

    static Result run(Path workingDir, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            if (System.getenv("CI") != null) {
                fail(command[0] + " is required in CI", missing);
            }
            assumeTrue(false, command[0] + " is not installed");
            throw missing;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish in 120 s");
        }
        return new Result(List.of(command), process.exitValue(), output);
    }
}
