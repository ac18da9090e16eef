package fr.eadmin.test.forms;

import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.validation.Submission;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for forms: submissions valid for any definition, submissions with one targeted defect and the
 * error it must produce, and random definitions, so that properties quantify over definitions too.
 *
 * {@snippet :
 * @Provide
 * Arbitrary<Submission> submissions() {
 *     return FormArbitraries.validSubmissions(definition, clock);
 * }
 *
 * @Property
 * void everyValidSubmissionValidates(@ForAll("submissions") Submission submission) {
 *     FormAssertions.assertThat(FormValidator.compile(definition, clock).validate(submission)).isValid();
 * }
 * }
 *
 * <p>How values are made, and the limits: a submission is built page by page in the order of the form, each
 * condition evaluated on the answers so far (by an evaluator of this kit written from the documented semantics,
 * not by the validator); hidden nodes get no answer; required fields are always answered, optional ones seven
 * times in ten; blocks get from their minimum to three more occurrences (never above their maximum); a page whose
 * exit rule fires is answered again, up to 50 times, then the try is discarded (a definition whose exit rules can
 * hardly be avoided makes jqwik report too many discarded tries). Values are often drawn near the literals the
 * conditions compare with, so that conditions hold and fail. Texts are letters, accents and inner blanks,
 * sometimes typed with blanks around; texts with a pattern are generated from the pattern when it is simple
 * (literals, classes, groups, alternation, quantifiers: see {@code RegexGenerator}) and the field cannot be
 * generated otherwise; conditions using {@code matches} are evaluated with {@code java.util.regex}. Identifiers
 * come from {@link fr.eadmin.test.arbitraries.IdentifierArbitraries}, {@link
 * fr.eadmin.test.arbitraries.ContactArbitraries} and {@link fr.eadmin.test.arbitraries.BankingArbitraries},
 * often typed with separators. Files are metadata only (a random SHA-256, a size, an accepted media type).
 * Computed values are left to the validator. These arbitraries do not shrink.
 */
public final class FormArbitraries {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private FormArbitraries() {}

    /**
     * Submissions valid for a definition: validating them with {@code FormValidator.compile(definition, clock)}
     * gives no error, as long as the clock does not move between generation and validation.
     *
     * @param definition the definition
     * @param clock the clock giving today for dates relative to today
     * @return valid submissions
     * @throws IllegalArgumentException when generating, if a field cannot be answered (a pattern outside the
     *     supported subset, bounds no value meets)
     */
    public static Arbitrary<Submission> validSubmissions(FormDefinition definition, Clock clock) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(clock, "clock");
        SubmissionGenerator generator = new SubmissionGenerator(definition);
        return Arbitraries.randomValue(random -> generator.generate(random, today(clock)))
                .filter(Optional::isPresent)
                .map(generated -> Submission.of(generated.orElseThrow().answers()));
    }

    /**
     * Submissions with one targeted defect (a required answer missing, a number out of bounds, a bad check digit,
     * a wrong JSON type, an option not offered, too many occurrences or files, an unknown answer...), each with the
     * only error validating it must give. The defect is put on a field or block that no condition, exit rule or
     * computed value reads, so that it changes nothing else.
     *
     * @param definition the definition
     * @param clock the clock giving today for dates relative to today
     * @return invalid cases
     */
    public static Arbitrary<InvalidCase> invalidSubmissions(FormDefinition definition, Clock clock) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(clock, "clock");
        SubmissionGenerator generator = new SubmissionGenerator(definition);
        return Arbitraries.randomValue(random -> {
                    LocalDate today = today(clock);
                    return generator
                            .generate(random, today)
                            .map(generated -> Defects.one(generated, generator.referenced(), today, random));
                })
                .filter(Optional::isPresent)
                .map(Optional::orElseThrow);
    }

    /**
     * Random definitions: one to three pages of fields of every type (with bounds, steps, patterns, options),
     * sections, repeatable blocks, visibility conditions on fields declared before, computed sums, and exit rules
     * a usager can avoid. Every definition built is one {@link #validSubmissions} can answer.
     *
     * @return definitions
     */
    public static Arbitrary<FormDefinition> definitions() {
        return Arbitraries.randomValue(random -> new DefinitionGenerator(random).definition());
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(PARIS));
    }
}
