package fr.eadmin.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.DateBound;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.IdentifierKind;
import fr.eadmin.forms.Page;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldTypesTest {
    // 2026-03-01 in Paris, late in the evening UTC of the day before.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-28T23:30:00Z"), ZoneId.of("UTC"));

    /** Validates one answer (JSON text, or null for none) of an optional field of the type. */
    private static ValidationReport answer(FieldType type, @Nullable String json) {
        return answer(Field.optional("champ", "Champ", type), json);
    }

    private static ValidationReport answer(Field field, @Nullable String json) {
        FormDefinition form = new FormDefinition("f", 1, "F", List.of(Page.of("p", "P", List.of(field))));
        String submission = json == null ? "{}" : "{\"champ\": " + json + "}";
        return FormValidator.compile(form, CLOCK).validate(Submission.parse(submission));
    }

    private static @Nullable String code(FieldType type, String json) {
        List<ValidationError> errors = answer(type, json).errors();
        return errors.isEmpty() ? null : errors.get(0).code();
    }

    private static JsonNode normalised(FieldType type, String json) {
        ValidationReport report = answer(type, json);
        assertThat(report.errors()).isEmpty();
        return report.normalised().asJson().get("champ");
    }

    @Test
    void shortTextChecksLengthPatternAndLines() {
        FieldType type = new FieldType.ShortText(2, 5, "[A-Z]+");
        assertThat(normalised(type, "\"  ABC \"").textValue()).isEqualTo("ABC");
        assertThat(code(type, "\"ABCDEF\"")).isEqualTo("too-long");
        assertThat(code(type, "\"A\"")).isEqualTo("too-short");
        assertThat(code(type, "\"abc\"")).isEqualTo("invalid-format");
        assertThat(code(new FieldType.ShortText(0, 50, null), "\"a\\nb\"")).isEqualTo("invalid-format");
        assertThat(code(type, "12")).isEqualTo("wrong-type");
        assertThat(answer(type, "\"ABCDEF\"").errors().get(0).message())
                .isEqualTo("« Champ » ne doit pas dépasser 5 caractères.");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        assertThat(code(new FieldType.ShortText(0, 2, null), "\"\uD83C\uDFB5\uD83C\uDFB5\""))
                .isNull();
    }

    @Test
    void longTextAcceptsSeveralLinesUpToItsLimit() {
        FieldType type = new FieldType.LongText(0, 10);
        assertThat(normalised(type, "\"a\\nb\"").textValue()).isEqualTo("a\nb");
        assertThat(code(type, "\"" + "x".repeat(11) + "\"")).isEqualTo("too-long");
    }

    @Test
    void aHugeStringIsRefusedWithoutBeingRead() {
        String huge = "\"" + "x".repeat(FieldType.TEXT_LIMIT + 1) + "\"";
        assertThat(code(new FieldType.LongText(0, FieldType.TEXT_LIMIT), huge)).isEqualTo("too-long");
    }

    @Test
    void integerChecksTypeBoundsAndStep() {
        FieldType type = new FieldType.IntegerNumber(10L, 100L, 5);
        assertThat(normalised(type, "15").longValue()).isEqualTo(15);
        assertThat(code(type, "5")).isEqualTo("too-small");
        assertThat(code(type, "105")).isEqualTo("too-large");
        assertThat(code(type, "16")).isEqualTo("invalid-step");
        assertThat(code(type, "15.5")).isEqualTo("wrong-type");
        assertThat(code(type, "\"15\"")).isEqualTo("wrong-type");
        assertThat(code(type, "123456789012345678901234567890")).isEqualTo("wrong-type");
    }

    @Test
    void decimalChecksBoundsAndStep() {
        FieldType type = new FieldType.DecimalNumber(BigDecimal.ZERO, new BigDecimal("10"), new BigDecimal("0.25"));
        assertThat(normalised(type, "2.50").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(code(type, "-0.25")).isEqualTo("too-small");
        assertThat(code(type, "10.25")).isEqualTo("too-large");
        assertThat(code(type, "2.1")).isEqualTo("invalid-step");
        assertThat(code(type, "true")).isEqualTo("wrong-type");
    }

    @Test
    void dateBoundsAreRelativeToTodayInParis() {
        FieldType past = new FieldType.DateField(null, DateBound.parse("today"));
        assertThat(code(past, "\"2026-03-01\"")).isNull();
        assertThat(code(past, "\"2026-03-02\"")).isEqualTo("too-late");
        FieldType adult = new FieldType.DateField(null, DateBound.parse("today-P18Y"));
        assertThat(code(adult, "\"2008-03-01\"")).isNull();
        assertThat(code(adult, "\"2008-03-02\"")).isEqualTo("too-late");
        FieldType range = new FieldType.DateField(DateBound.parse("2026-01-01"), DateBound.parse("today+P1M"));
        assertThat(code(range, "\"2025-12-31\"")).isEqualTo("too-early");
        assertThat(code(range, "\"2026-04-01\"")).isNull();
        assertThat(code(range, "\"2026-04-02\"")).isEqualTo("too-late");
        assertThat(code(range, "\"2026-02-30\"")).isEqualTo("invalid-date");
        assertThat(code(range, "\"01/03/2026\"")).isEqualTo("invalid-date");
        assertThat(code(range, "20260301")).isEqualTo("invalid-date");
    }

    @Test
    void yesNoAndCheckboxTakeBooleans() {
        assertThat(normalised(new FieldType.YesNo(), "false").booleanValue()).isFalse();
        assertThat(code(new FieldType.YesNo(), "\"oui\"")).isEqualTo("wrong-type");
        Field acceptance = Field.required("champ", "Acceptation", new FieldType.Checkbox());
        assertThat(answer(acceptance, "true").errors()).isEmpty();
        assertThat(answer(acceptance, "false").errors())
                .extracting(ValidationError::code)
                .containsExactly("required");
        Field yesNo = Field.required("champ", "Question", new FieldType.YesNo());
        assertThat(answer(yesNo, "false").errors()).isEmpty();
    }

    @Test
    void singleChoiceAcceptsItsOptionsAndOtherWhenAllowed() {
        List<ChoiceOption> options = List.of(new ChoiceOption("a", "A"), new ChoiceOption("b", "B"));
        assertThat(code(new FieldType.SingleChoice(options, false), "\"a\"")).isNull();
        assertThat(code(new FieldType.SingleChoice(options, false), "\"c\"")).isEqualTo("invalid-choice");
        assertThat(normalised(new FieldType.SingleChoice(options, true), "\" ukulélé \"")
                        .textValue())
                .isEqualTo("ukulélé");
        assertThat(code(new FieldType.SingleChoice(options, true), "\"" + "x".repeat(201) + "\""))
                .isEqualTo("invalid-choice");
        assertThat(code(new FieldType.SingleChoice(options, false), "[\"a\"]")).isEqualTo("wrong-type");
    }

    @Test
    void multipleChoiceChecksCountsAndDuplicates() {
        List<ChoiceOption> options =
                List.of(new ChoiceOption("a", "A"), new ChoiceOption("b", "B"), new ChoiceOption("c", "C"));
        FieldType type = new FieldType.MultipleChoice(options, false, 2, 2);
        assertThat(code(type, "[\"a\", \"b\"]")).isNull();
        assertThat(code(type, "[\"a\"]")).isEqualTo("too-few-choices");
        assertThat(code(type, "[\"a\", \"b\", \"c\"]")).isEqualTo("too-many-choices");
        assertThat(code(type, "[\"a\", \"a\"]")).isEqualTo("duplicate-choice");
        assertThat(code(type, "[\"a\", \"z\"]")).isEqualTo("invalid-choice");
        assertThat(code(type, "[\"a\", 1]")).isEqualTo("wrong-type");
        assertThat(code(type, "\"a\"")).isEqualTo("wrong-type");
    }

    @ParameterizedTest
    @CsvSource({
        "email, ' Jean.Dupont@mairie.fr ', jean@, invalid-email",
        "telephone, 06 90 12 34 56, 06 90 12, invalid-telephone",
        "code-postal, 78310, 7831, invalid-code-postal",
        "siret, 732 829 320 00074, 732 829 320 00075, invalid-siret",
        "siren, 732829320, 732829321, invalid-siren",
        "rna, W751253501, W75125350, invalid-rna",
        "nir, 2 55 08 14 168 025 38, 2 55 08 14 168 025 39, invalid-nir",
        "iban, FR76 3000 6000 0112 3456 7890 189, FR76 3000 6000 0112 3456 7890 188, invalid-iban",
    })
    void identifiersDelegateToCore(String kind, String valid, String invalid, String code) {
        FieldType type = identifier(kind);
        assertThat(code(type, "\"" + valid + "\"")).isNull();
        assertThat(code(type, "\"" + invalid + "\"")).isEqualTo(code);
        assertThat(code(type, "\"" + "1".repeat(10_000) + "\"")).isEqualTo(code);
        assertThat(code(type, "42")).isEqualTo("wrong-type");
    }

    private static FieldType identifier(String kind) {
        return new FieldType.Identifier(
                IdentifierKind.byJsonName(kind).orElseThrow(() -> new IllegalArgumentException(kind)));
    }

    @Test
    void identifiersAreNormalisedToTheirCanonicalForm() {
        assertThat(normalised(new FieldType.Identifier(IdentifierKind.SIRET), "\"732 829 320 00074\"")
                        .textValue())
                .isEqualTo("73282932000074");
    }

    @Test
    void filesAreCheckedForCountSizeAndMediaType() {
        FieldType type = FieldType.FileUpload.providing(
                Set.of("application/pdf"), 1000, 1, PieceType.ATTESTATION_QUOTIENT_FAMILIAL);
        assertThat(((FieldType.FileUpload) type).pieceType()).isEqualTo("ATTESTATION_QUOTIENT_FAMILIAL");
        String pdf = file(500, "application/pdf");
        assertThat(code(type, "[" + pdf + "]")).isNull();
        assertThat(code(type, "[" + pdf + "," + pdf + "]")).isEqualTo("too-many-files");
        assertThat(code(type, "[" + file(1001, "application/pdf") + "]")).isEqualTo("file-too-large");
        assertThat(code(type, "[" + file(500, "image/png") + "]")).isEqualTo("invalid-media-type");
        assertThat(code(type, "[{\"blob\": \"abc\", \"size\": 1, \"mediaType\": \"application/pdf\"}]"))
                .isEqualTo("invalid-file");
        assertThat(code(type, "[{\"blob\": \"" + "a".repeat(64) + "\", \"size\": 1}]"))
                .isEqualTo("invalid-file");
        assertThat(code(type, pdf)).isEqualTo("wrong-type");
    }

    private static String file(long size, String mediaType) {
        return "{\"blob\": \"" + "0f".repeat(32) + "\", \"size\": " + size + ", \"mediaType\": \"" + mediaType + "\"}";
    }

    @Test
    void computedValuesAreSetAndNeverTakenFromTheUsager() {
        FormDefinition form = new FormDefinition(
                "f",
                1,
                "F",
                List.of(Page.of(
                        "p",
                        "P",
                        List.of(
                                Field.optional("a", "A", new FieldType.IntegerNumber(null, null, 1)),
                                Field.optional("b", "B", new FieldType.DecimalNumber(null, null, null)),
                                Field.optional("total", "Total", new FieldType.Computed(List.of("a", "b")))))));
        FormValidator validator = FormValidator.compile(form, CLOCK);

        ValidationReport ok = validator.validate(Submission.parse("{\"a\": 2, \"b\": 1.5}"));
        assertThat(ok.normalised().asJson().get("total").decimalValue()).isEqualByComparingTo("3.5");

        ValidationReport forged = validator.validate(Submission.parse("{\"a\": 2, \"total\": 1000}"));
        assertThat(forged.errors()).extracting(ValidationError::code).containsExactly("read-only");
        assertThat(forged.normalised().asJson().get("total").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void displayedTextTakesNoAnswer() {
        assertThat(code(new FieldType.Display("Bienvenue"), "\"x\"")).isEqualTo("read-only");
        assertThat(code(new FieldType.Display("Bienvenue"), "null")).isNull();
    }

    @Test
    void anEmptyOptionalAnswerIsNotAnError() {
        assertThat(answer(new FieldType.ShortText(3, 5, null), "\"  \"").errors())
                .isEmpty();
        assertThat(answer(new FieldType.ShortText(3, 5, null), null).errors()).isEmpty();
        assertThat(answer(Field.required("champ", "Nom", new FieldType.ShortText(3, 5, null)), "\"  \"")
                        .errors())
                .extracting(ValidationError::code)
                .containsExactly("required");
    }
}
