package fr.eadmin.archive.seda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The SEDA schema folder shared next to the repository ({@code ../shared/seda}) and the independent
 * {@code xmllint}: missing ones skip a test on a developer's machine and fail it in CI.
 */
final class SedaTools {
    private SedaTools() {}

    static boolean inCi() {
        return System.getenv("CI") != null;
    }

    static Path sedaFolder() {
        String root = System.getProperty("maven.multiModuleProjectDirectory");
        Path start = root != null ? Path.of(root) : Path.of(System.getProperty("user.dir"));
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("seda");
            if (Files.exists(dir.resolve("mvnw")) && Files.isRegularFile(candidate.resolve("2.2/seda-2.2-main.xsd"))) {
                return candidate;
            }
        }
        if (inCi()) {
            fail("the SEDA schemas are not in ../shared/seda next to the repository");
        }
        assumeTrue(false, "the SEDA schemas are not in ../shared/seda next to the repository");
        throw new AssertionError("unreachable");
    }

    static String xmllint(Path manifest) throws IOException, InterruptedException {
        Path seda = sedaFolder();
        ProcessBuilder builder = new ProcessBuilder(
                        "xmllint",
                        "--nonet",
                        "--noout",
                        "--schema",
                        seda.resolve("2.2/seda-2.2-main.xsd").toString(),
                        manifest.toString())
                .redirectErrorStream(true);
        builder.environment()
                .put("XML_CATALOG_FILES", seda.resolve("catalog.xml").toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            if (inCi()) {
                fail("xmllint is not installed", e);
            }
            assumeTrue(false, "xmllint is not installed");
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + "\n" + output;
    }
}
