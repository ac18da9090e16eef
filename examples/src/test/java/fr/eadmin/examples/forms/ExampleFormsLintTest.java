package fr.eadmin.examples.forms;

import fr.eadmin.test.forms.FormLint;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example definition passes the definition checker, warnings included: one line per folder. */
class ExampleFormsLintTest {
    /** The definitions as the town edits them (tests run in the module's folder). */
    private static final Path FORMS = Path.of("src/main/resources/fr/eadmin/examples/forms");

    @Test
    void theFolderIsClean() {
        FormLint.assertFolderIsClean(FORMS);
    }

    @TestFactory
    Stream<DynamicTest> eachDefinitionIsClean() {
        return FormLint.eachDefinitionIn(FORMS);
    }
}
