package fr.eadmin.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.forms.DateBound;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A validator follows its clock from one day to the next in Paris, including on the days the time changes. */
class TodayTest {
    private static final FormDefinition FORM = new FormDefinition(
            "f",
            1,
            "F",
            List.of(Page.of(
                    "p",
                    "P",
                    List.of(Field.required("jour", "Jour", new FieldType.DateField(null, DateBound.parse("today")))))));

    private static List<String> codes(FormValidator validator, String date) {
        return validator.validate(Submission.parse("{\"jour\": \"" + date + "\"}")).errors().stream()
                .map(ValidationError::code)
                .toList();
    }

    @ParameterizedTest(name = "{0} ends at {1}")
    @CsvSource({
        // An ordinary day, midnight at 23:00 UTC.
        "2026-03-01, 2026-03-01T22:59:59Z, 2026-03-02",
        // 29 March 2026, 23 hours (02:00 becomes 03:00): midnight is 22:00 UTC.
        "2026-03-29, 2026-03-29T21:59:59Z, 2026-03-30",
        // 25 October 2026, 25 hours (03:00 becomes 02:00): midnight is 23:00 UTC.
        "2026-10-25, 2026-10-25T22:59:59Z, 2026-10-26"
    })
    void eachDayEndsAtMidnightInParis(String day, String lastSecond, String nextDay) {
        MutableClock clock = MutableClock.at(Instant.parse(lastSecond));
        FormValidator validator = FormValidator.compile(FORM, clock);
        assertThat(codes(validator, day)).isEmpty();
        assertThat(codes(validator, nextDay)).containsExactly("too-late");
        clock.advance(Duration.ofSeconds(1));
        assertThat(codes(validator, nextDay)).isEmpty();
        clock.set(Instant.parse(lastSecond).minus(Duration.ofHours(20)));
        assertThat(codes(validator, day)).isEmpty();
        assertThat(codes(validator, nextDay)).containsExactly("too-late");
    }
}
