package fr.eadmin.test.forms;

import fr.eadmin.forms.lint.Finding;
import fr.eadmin.forms.lint.FormDefinitionChecker;
import fr.eadmin.forms.lint.LintReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Lints every form definition of a folder from a town's own tests, in one line: the files named {@code .json},
 * {@code .yaml} or {@code .yml}, in the folder and below.
 *
 * {@snippet :
 * @Test
 * void ourFormsAreClean() {
 *     FormLint.assertFolderIsClean(Path.of("src/main/resources/forms"));
 * }
 *
 * @TestFactory
 * Stream<DynamicTest> eachFormHasNoError() {
 *     return FormLint.eachDefinitionIn(Path.of("src/main/resources/forms"));
 * }
 * }
 *
 * <p>A folder without any definition fails: a lint that checks nothing would pass forever.
 */
public final class FormLint {
    private FormLint() {}

    /**
     * Fails unless every definition of the folder is free of findings, errors and warnings alike.
     *
     * @param folder the folder
     * @throws AssertionError listing every finding of every file, or if the folder holds no definition
     */
    public static void assertFolderIsClean(Path folder) {
        check(folder, true);
    }

    /**
     * Fails if a definition of the folder has an error (warnings are allowed).
     *
     * @param folder the folder
     * @throws AssertionError listing every error of every file, or if the folder holds no definition
     */
    public static void assertFolderHasNoError(Path folder) {
        check(folder, false);
    }

    /**
     * One dynamic test per definition of the folder, failing on the errors of that definition.
     *
     * @param folder the folder
     * @return the tests, named after the files
     * @throws AssertionError if the folder holds no definition
     */
    public static Stream<DynamicTest> eachDefinitionIn(Path folder) {
        List<Path> files = definitions(folder);
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(folder.relativize(file).toString(), file.toUri(), () -> {
                    List<Finding> errors = FormDefinitionChecker.checkFile(file).errors();
                    if (!errors.isEmpty()) {
                        throw new AssertionError(describe(file, errors));
                    }
                }));
    }

    private static void check(Path folder, boolean strict) {
        StringBuilder failures = new StringBuilder();
        for (Path file : definitions(folder)) {
            LintReport report = FormDefinitionChecker.checkFile(file);
            List<Finding> findings = strict ? report.findings() : report.errors();
            if (!findings.isEmpty()) {
                failures.append(describe(file, findings));
            }
        }
        if (failures.length() > 0) {
            throw new AssertionError("form definitions with findings:\n" + failures);
        }
    }

    private static String describe(Path file, List<Finding> findings) {
        return findings.stream().map(f -> file + ": " + f.toLine() + "\n").collect(Collectors.joining());
    }

    /**
     * The definition files of a folder and its subfolders, sorted.
     *
     * @param folder the folder
     * @return the files
     * @throws AssertionError if the folder does not exist or holds no definition
     */
    static List<Path> definitions(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new AssertionError("no such folder: " + folder);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(FormLint::isDefinition)
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new AssertionError("no form definition (.json, .yaml, .yml) in " + folder);
        }
        return files;
    }

    private static boolean isDefinition(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || FormDefinitionChecker.isYaml(file);
    }
}
