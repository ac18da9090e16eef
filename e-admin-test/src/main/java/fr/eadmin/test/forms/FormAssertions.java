package fr.eadmin.test.forms;

import fr.eadmin.forms.validation.ValidationReport;

/**
 * Entry point of the AssertJ assertions on validation reports.
 *
 * {@snippet :
 * FormAssertions.assertThat(validator.validate(submission))
 *         .hasError("enfants[0].naissance", "too-late")
 *         .hasOnlyErrorsAt("enfants[0].naissance");
 * }
 */
public final class FormAssertions {
    private FormAssertions() {}

    /**
     * Assertions on a report.
     *
     * @param report the report
     * @return its assertions
     */
    public static ValidationReportAssert assertThat(ValidationReport report) {
        return new ValidationReportAssert(report);
    }
}
