package fr.eadmin.forms;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import fr.eadmin.forms.validation.ValidationError;
import fr.eadmin.forms.validation.ValidationReport;
import fr.eadmin.test.forms.FormArbitraries;
import fr.eadmin.test.forms.FormAssertions;
import fr.eadmin.test.forms.InvalidCase;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The validator against the forms test kit: generated valid submissions validate, generated defects give exactly
 * the expected error, validation is deterministic, and page-by-page validation agrees with whole-form validation;
 * for real definitions and for generated ones.
 */
class FormArbitrariesProperties {
    private static final FormValidator CONSERVATOIRE =
            FormValidator.compile(RealDefinitions.CONSERVATOIRE, RealDefinitions.CLOCK);
    private static final FormValidator SUBVENTION =
            FormValidator.compile(RealDefinitions.SUBVENTION, RealDefinitions.CLOCK);

    @Provide
    Arbitrary<Submission> conservatoire() {
        return FormArbitraries.validSubmissions(RealDefinitions.CONSERVATOIRE, RealDefinitions.CLOCK);
    }

    @Provide
    Arbitrary<Submission> subvention() {
        return FormArbitraries.validSubmissions(RealDefinitions.SUBVENTION, RealDefinitions.CLOCK);
    }

    @Provide
    Arbitrary<InvalidCase> conservatoireDefects() {
        return FormArbitraries.invalidSubmissions(RealDefinitions.CONSERVATOIRE, RealDefinitions.CLOCK);
    }

    @Provide
    Arbitrary<InvalidCase> subventionDefects() {
        return FormArbitraries.invalidSubmissions(RealDefinitions.SUBVENTION, RealDefinitions.CLOCK);
    }

    @Provide
    Arbitrary<Tuple2<FormDefinition, Submission>> generated() {
        return FormArbitraries.definitions()
                .flatMap(definition -> FormArbitraries.validSubmissions(definition, RealDefinitions.CLOCK)
                        .map(submission -> Tuple.of(definition, submission)));
    }

    @Provide
    Arbitrary<Tuple2<FormDefinition, InvalidCase>> generatedDefects() {
        return FormArbitraries.definitions()
                .flatMap(definition -> FormArbitraries.invalidSubmissions(definition, RealDefinitions.CLOCK)
                        .map(defect -> Tuple.of(definition, defect)));
    }

    @Property
    void validConservatoireSubmissionsValidate(@ForAll("conservatoire") Submission submission) {
        FormAssertions.assertThat(CONSERVATOIRE.validate(submission)).isValid();
    }

    @Property
    void validSubventionSubmissionsValidate(@ForAll("subvention") Submission submission) {
        FormAssertions.assertThat(SUBVENTION.validate(submission)).isValid();
    }

    @Property
    void validSubmissionsOfGeneratedDefinitionsValidate(
            @ForAll("generated") Tuple2<FormDefinition, Submission> generated) {
        FormValidator validator = FormValidator.compile(generated.get1(), RealDefinitions.CLOCK);
        FormAssertions.assertThat(validator.validate(generated.get2())).isValid();
    }

    private static void expect(ValidationReport report, InvalidCase defect) {
        FormAssertions.assertThat(report)
                .hasError(defect.expectedPath(), defect.expectedCode())
                .hasErrorCount(1);
    }

    @Property
    void everyConservatoireDefectGivesItsError(@ForAll("conservatoireDefects") InvalidCase defect) {
        expect(CONSERVATOIRE.validate(defect.submission()), defect);
    }

    @Property
    void everySubventionDefectGivesItsError(@ForAll("subventionDefects") InvalidCase defect) {
        expect(SUBVENTION.validate(defect.submission()), defect);
    }

    @Property
    void everyDefectOfAGeneratedDefinitionGivesItsError(
            @ForAll("generatedDefects") Tuple2<FormDefinition, InvalidCase> generated) {
        FormValidator validator = FormValidator.compile(generated.get1(), RealDefinitions.CLOCK);
        expect(validator.validate(generated.get2().submission()), generated.get2());
    }

    @Property
    void validationIsDeterministic(@ForAll("subventionDefects") InvalidCase defect) {
        ValidationReport first = SUBVENTION.validate(defect.submission());
        ValidationReport again = SUBVENTION.validate(defect.submission());
        ValidationReport recompiled = FormValidator.compile(RealDefinitions.SUBVENTION, RealDefinitions.CLOCK)
                .validate(Submission.parse(defect.submission().toJson()));

        assertThat(again).isEqualTo(first);
        assertThat(recompiled).isEqualTo(first);
    }

    /** The errors of every page validated on its own, in page order. */
    private static List<ValidationError> pageByPage(FormDefinition definition, Submission submission) {
        FormValidator validator = FormValidator.compile(definition, RealDefinitions.CLOCK);
        List<ValidationError> errors = new ArrayList<>();
        for (Page page : definition.pages()) {
            errors.addAll(validator.validatePage(submission, page.id()).errors());
        }
        return errors;
    }

    /** The errors of the whole form but unknown answers at top level, which no page owns. */
    private static List<ValidationError> ownedByPages(ValidationReport report) {
        return report.errors().stream()
                .filter(e -> !(e.code().equals("unknown-field") && !e.path().contains("[")))
                .toList();
    }

    @Property
    void pageByPageValidationAgreesWithTheWholeForm(
            @ForAll("generatedDefects") Tuple2<FormDefinition, InvalidCase> generated) {
        FormDefinition definition = generated.get1();
        Submission submission = generated.get2().submission();
        ValidationReport whole =
                FormValidator.compile(definition, RealDefinitions.CLOCK).validate(submission);

        assertThat(pageByPage(definition, submission)).isEqualTo(ownedByPages(whole));
    }

    @Property
    void pageByPageValidationOfRealFormsAgreesWithTheWholeForm(@ForAll("conservatoireDefects") InvalidCase defect) {
        ValidationReport whole = CONSERVATOIRE.validate(defect.submission());

        assertThat(pageByPage(RealDefinitions.CONSERVATOIRE, defect.submission()))
                .isEqualTo(ownedByPages(whole));
    }

    @Property
    void theLastPageNormalisesAsTheWholeFormDoes(@ForAll("generated") Tuple2<FormDefinition, Submission> generated) {
        FormDefinition definition = generated.get1();
        FormValidator validator = FormValidator.compile(definition, RealDefinitions.CLOCK);
        String last = definition.pages().get(definition.pages().size() - 1).id();

        ValidationReport page = validator.validatePage(generated.get2(), last);
        ValidationReport whole = validator.validate(generated.get2());

        FormAssertions.assertThat(page).isValid();
        assertThat(page.normalised()).isEqualTo(whole.normalised());
    }
}
