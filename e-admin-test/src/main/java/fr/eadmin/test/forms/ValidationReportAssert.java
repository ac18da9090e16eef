package fr.eadmin.test.forms;

import fr.eadmin.forms.validation.ValidationError;
import fr.eadmin.forms.validation.ValidationReport;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on a {@link ValidationReport}. A failure prints the whole report, one error per line
 * ({@code path [code] message}), so the reason is visible without a debugger.
 */
public final class ValidationReportAssert extends AbstractObjectAssert<ValidationReportAssert, ValidationReport> {
    ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /**
     * The report's errors, one per line, for failure messages.
     *
     * @param report the report
     * @return the readable errors
     */
    public static String describe(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        if (report.isValid()) {
            return "  (no error)";
        }
        return report.errors().stream()
                .map(e -> "  " + e.path() + " [" + e.code() + "] " + e.message())
                .collect(Collectors.joining("\n"));
    }

    private String report() {
        return describe(actual);
    }

    /**
     * Checks that the report has no error.
     *
     * @return this
     */
    public ValidationReportAssert isValid() {
        isNotNull();
        if (!actual.isValid()) {
            failWithMessage(
                    "Expecting a valid submission, but the report has %d error(s):%n%s",
                    actual.errors().size(), report());
        }
        return this;
    }

    /**
     * Checks that the report has at least one error.
     *
     * @return this
     */
    public ValidationReportAssert isNotValid() {
        isNotNull();
        if (actual.isValid()) {
            failWithMessage("Expecting an invalid submission, but the report has no error");
        }
        return this;
    }

    /**
     * Checks that the report has an error with this code at this path.
     *
     * @param path the path, such as {@code enfants[1].naissance}
     * @param code the code, such as {@code too-late}
     * @return this
     */
    public ValidationReportAssert hasError(String path, String code) {
        isNotNull();
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        boolean found = actual.errors().stream()
                .anyMatch(e -> e.path().equals(path) && e.code().equals(code));
        if (!found) {
            failWithMessage("Expecting an error [%s] at %s, but the report has:%n%s", code, path, report());
        }
        return this;
    }

    /**
     * Checks that every error of the report is at one of these paths, and that each path has an error.
     *
     * @param paths the paths
     * @return this
     */
    public ValidationReportAssert hasOnlyErrorsAt(String... paths) {
        isNotNull();
        Set<String> expected = new TreeSet<>(Arrays.asList(paths));
        Set<String> actualPaths =
                actual.errors().stream().map(ValidationError::path).collect(Collectors.toCollection(TreeSet::new));
        if (!expected.equals(actualPaths)) {
            failWithMessage("Expecting errors at exactly %s, but the report has:%n%s", expected, report());
        }
        return this;
    }

    /**
     * Checks that the report has no error at any of these paths.
     *
     * @param paths the paths
     * @return this
     */
    public ValidationReportAssert hasNoErrorAt(String... paths) {
        isNotNull();
        List<String> forbidden = Arrays.asList(paths);
        List<ValidationError> found = actual.errors().stream()
                .filter(e -> forbidden.contains(e.path()))
                .toList();
        if (!found.isEmpty()) {
            failWithMessage("Expecting no error at %s, but the report has:%n%s", forbidden, report());
        }
        return this;
    }

    /**
     * Checks the number of errors.
     *
     * @param count the expected number
     * @return this
     */
    public ValidationReportAssert hasErrorCount(int count) {
        isNotNull();
        if (actual.errors().size() != count) {
            failWithMessage(
                    "Expecting %d error(s), but the report has %d:%n%s",
                    count, actual.errors().size(), report());
        }
        return this;
    }
}
