package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of the README are copies of regions of compiled example code: each block follows a
 * comment {@code <!-- snippet: path#region -->} and must equal the lines between {@code // @start
 * region="region"} and {@code // @end} in that file, without their common indentation.
 */
class ReadmeSnippetsTest {
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->");

    @Test
    void everyJavaSnippetOfTheReadmeIsARegionOfCompiledExampleCode() throws IOException {
        Path root = projectRoot();
        List<String> readme = Files.readAllLines(root.resolve("README.md"));
        int snippets = 0;
        int javaBlocks = 0;
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).equals("```java")) {
                javaBlocks++;
            }
            Matcher marker = MARKER.matcher(readme.get(i));
            if (!marker.matches()) {
                continue;
            }
            snippets++;
            assertThat(readme.get(i + 1))
                    .as("a ```java block follows line %d", i + 1)
                    .isEqualTo("```java");
            List<String> block = new ArrayList<>();
            for (int j = i + 2; !readme.get(j).equals("```"); j++) {
                block.add(readme.get(j));
            }
            List<String> region = region(root.resolve(marker.group(1)), marker.group(2));
            assertThat(String.join("\n", block))
                    .as("README snippet %s#%s", marker.group(1), marker.group(2))
                    .isEqualTo(String.join("\n", region));
        }
        assertThat(snippets).as("every Java block of the README is a snippet").isEqualTo(javaBlocks);
        assertThat(snippets).isGreaterThanOrEqualTo(3);
    }

    private static List<String> region(Path source, String name) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// @start region=\"" + name + "\"")) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("region %s in %s", name, source).isPositive();
        List<String> region = new ArrayList<>();
        for (int i = start; !lines.get(i).strip().equals("// @end"); i++) {
            region.add(lines.get(i));
        }
        int indent = region.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return region.stream()
                .map(line -> line.isBlank() ? "" : line.substring(indent))
                .toList();
    }

    private static Path projectRoot() {
        String root = System.getProperty("maven.multiModuleProjectDirectory");
        Path start = root != null ? Path.of(root) : Path.of(System.getProperty("user.dir"));
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("README.md"))) {
                return dir;
            }
        }
        throw new AssertionError("no project root above " + start);
    }
}
