package fr.eadmin.test.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormLintTest {
    private static final String GOOD = form("{'node':'field','id':'a','label':'A','type':{'kind':'yes-no'}}");
    private static final String DUPLICATE = form("{'node':'field','id':'a','label':'A','type':{'kind':'yes-no'}},"
            + "{'node':'field','id':'a','label':'B','type':{'kind':'yes-no'}}");
    private static final String WARNED = form("{'node':'field','id':'a','label':'A','type':{'kind':'integer',"
            + "'max':3}},{'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},"
            + "'visibleIf':{'op':'gt','field':'a','value':5}}");

    @TempDir
    Path dir;

    private static String form(String nodes) {
        return ("{'id':'f','title':'F','pages':[{'id':'p','title':'P','nodes':[" + nodes + "]}]}").replace('\'', '"');
    }

    @Test
    void aCleanFolderPasses() throws IOException {
        Files.writeString(dir.resolve("a.json"), GOOD);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(
                dir.resolve("sub/b.yaml"),
                "id: f\ntitle: F\npages: [{id: p, title: P, nodes: [{node: field, id: a, label: A, type: {kind: yes-no}}]}]\n");
        Files.writeString(dir.resolve("notes.txt"), "not a definition");
        FormLint.assertFolderIsClean(dir);
        assertThat(FormLint.definitions(dir))
                .extracting(p -> dir.relativize(p).toString())
                .containsExactly("a.json", "sub/b.yaml");
    }

    @Test
    void aFolderWithErrorsFailsNamingEveryFinding() throws IOException {
        Files.writeString(dir.resolve("a.json"), GOOD);
        Files.writeString(dir.resolve("bad.json"), DUPLICATE);
        Files.writeString(dir.resolve("broken.yml"), "id: [");
        assertThatThrownBy(() -> FormLint.assertFolderHasNoError(dir))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("bad.json: error /pages/0/nodes/1/id duplicate-id")
                .hasMessageContaining("broken.yml: error / malformed-document");
    }

    @Test
    void warningsFailOnlyTheStrictCheck() throws IOException {
        Files.writeString(dir.resolve("warned.json"), WARNED);
        FormLint.assertFolderHasNoError(dir);
        assertThatThrownBy(() -> FormLint.assertFolderIsClean(dir))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("never-shown");
    }

    @Test
    void anEmptyOrMissingFolderFails() {
        assertThatThrownBy(() -> FormLint.assertFolderIsClean(dir))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no form definition");
        assertThatThrownBy(() -> FormLint.eachDefinitionIn(dir.resolve("missing")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no such folder");
    }

    @Test
    void givesOneDynamicTestPerDefinition() throws Throwable {
        Files.writeString(dir.resolve("a.json"), GOOD);
        Files.writeString(dir.resolve("bad.json"), DUPLICATE);
        List<DynamicTest> tests = FormLint.eachDefinitionIn(dir).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("a.json", "bad.json");
        tests.get(0).getExecutable().execute();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("duplicate-id");
    }
}
