package fr.eadmin.cli.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.cli.EAdminCli;
import fr.eadmin.cli.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormsLintCommandTest {
    private static final String GOOD = form("{'node':'field','id':'a','label':'A','type':{'kind':'yes-no'}}");
    private static final String DUPLICATE = form("{'node':'field','id':'a','label':'A','type':{'kind':'yes-no'}},"
            + "{'node':'field','id':'a','label':'B','type':{'kind':'yes-no'}}");
    private static final String WARNING_ONLY = form("{'node':'field','id':'a','label':'A','type':{'kind':'integer',"
            + "'max':3}},{'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},"
            + "'visibleIf':{'op':'gt','field':'a','value':5}}");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static String form(String nodes) {
        return ("{'id':'f','title':'F','pages':[{'id':'p','title':'P','nodes':[" + nodes + "]}]}").replace('\'', '"');
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private int run(String... args) {
        return EAdminCli.standard()
                .run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(stdout());
    }

    @Test
    void aCleanDefinitionExitsZero() throws IOException {
        assertThat(run("forms", "lint", file("good.json", GOOD))).isEqualTo(ExitCode.OK);
        assertThat(stdout()).isEqualTo("1 definition, 0 findings" + System.lineSeparator());
    }

    @Test
    void errorsExitOneAndArePrintedOneALine() throws IOException {
        String bad = file("bad.json", DUPLICATE);
        assertThat(run("forms", "lint", file("good.json", GOOD), bad)).isEqualTo(ExitCode.INVALID);
        assertThat(stdout())
                .contains(bad + ": error /pages/0/nodes/1/id duplicate-id: duplicate id 'a'")
                .contains("2 definitions, 1 finding");
    }

    @Test
    void jsonOutputIsOneDocumentForAllFiles() throws IOException {
        String bad = file("bad.json", DUPLICATE);
        assertThat(run("forms", "lint", "--json", file("good.json", GOOD), bad)).isEqualTo(ExitCode.INVALID);
        JsonNode result = json();
        assertThat(result.get("valid").booleanValue()).isFalse();
        assertThat(result.get("errors")).hasSize(1);
        JsonNode error = result.get("errors").get(0);
        assertThat(error.get("file").textValue()).isEqualTo(bad);
        assertThat(error.get("path").textValue()).isEqualTo("/pages/0/nodes/1/id");
        assertThat(error.get("code").textValue()).isEqualTo("duplicate-id");
        assertThat(error.get("severity").textValue()).isEqualTo("error");
        assertThat(error.get("message").textValue()).isEqualTo("duplicate id 'a'");
    }

    @Test
    void warningsAloneFailOnlyWhenStrict() throws IOException {
        String warned = file("warned.json", WARNING_ONLY);
        assertThat(run("forms", "lint", "--json", warned)).isEqualTo(ExitCode.OK);
        assertThat(json().get("valid").booleanValue()).isTrue();
        assertThat(json().get("errors").get(0).get("severity").textValue()).isEqualTo("warning");
        out.reset();
        assertThat(run("forms", "lint", "--json", "--strict", warned)).isEqualTo(ExitCode.INVALID);
        assertThat(json().get("valid").booleanValue()).isFalse();
    }

    @Test
    void yamlFilesAreLintedByTheirExtension() throws IOException {
        String yaml = file(
                "good.yaml",
                "id: f\ntitle: F\npages:\n  - id: p\n    title: P\n    nodes:\n"
                        + "      - {node: field, id: a, label: A, type: {kind: yes-no}}\n");
        assertThat(run("forms", "lint", yaml)).isEqualTo(ExitCode.OK);
    }

    @Test
    void malformedOrMissingFilesExitTwoAfterReportingEveryFile() throws IOException {
        String broken = file("broken.json", "{\"id\": ");
        String missing = dir.resolve("missing.json").toString();
        String bad = file("bad.json", DUPLICATE);
        assertThat(run("forms", "lint", "--json", broken, missing, bad)).isEqualTo(ExitCode.USAGE);
        JsonNode errors = json().get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("code").textValue()).isEqualTo("malformed-document");
        assertThat(errors.get(1).get("code").textValue()).isEqualTo("unreadable");
        assertThat(errors.get(2).get("code").textValue()).isEqualTo("duplicate-id");
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(run("forms", "lint")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least one DEFINITION file");
    }
}
