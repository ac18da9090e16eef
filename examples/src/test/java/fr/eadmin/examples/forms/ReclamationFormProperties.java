package fr.eadmin.examples.forms;

import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import fr.eadmin.test.forms.FormArbitraries;
import fr.eadmin.test.forms.FormAssertions;
import fr.eadmin.test.forms.InvalidCase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** How a town tests a form definition with the test kit: generated answers that follow its conditions. */
class ReclamationFormProperties {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneId.of("Europe/Paris"));
    private final FormDefinition definition = ExampleFormsTest.load("reclamation");
    private final FormValidator validator = FormValidator.compile(definition, clock);

    // @start region="properties"
    @Provide
    Arbitrary<Submission> answers() {
        return FormArbitraries.validSubmissions(definition, clock); // every visible field, every branch
    }

    @Provide
    Arbitrary<InvalidCase> defects() {
        return FormArbitraries.invalidSubmissions(definition, clock); // one defect each, and where it is
    }

    @Property(tries = 200)
    void acceptsWhatAUsagerMaySend(@ForAll("answers") Submission submission) {
        FormAssertions.assertThat(validator.validate(submission)).isValid();
    }

    @Property(tries = 200)
    void reportsEveryDefectAtItsPath(@ForAll("defects") InvalidCase defect) {
        FormAssertions.assertThat(validator.validate(defect.submission()))
                .hasError(defect.expectedPath(), defect.expectedCode())
                .hasErrorCount(1);
    }
    // @end
}
