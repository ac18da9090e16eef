package fr.eadmin.benchmarks.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.eadmin.forms.json.FormDefinitionJson;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import fr.eadmin.forms.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Validating one 40-field, 3-page subsidy request (conditional sections, a block of expenses, NIR, RNA, SIRET,
 * IBAN, code postal): e-admin's {@link FormValidator} compiled once, the same rules as a JSON Schema compiled once
 * by networknt json-schema-validator, and an annotated bean checked by Hibernate Validator built once. Each
 * contender validates an already-parsed input ({@code ...Parsed}) and, for fairness, the JSON text
 * ({@code ...FromJson}: parsing, or Jackson binding for the bean, included). The setup checks every verdict first:
 * the valid input is valid for all, the invalid one invalid for all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FormValidationBenchmark {
    /** Which submission: {@code valid} (the common case) or {@code invalid} (five defects). */
    @Param({"valid", "invalid"})
    public String input = "valid";

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private String text = "";
    private FormValidator eadmin = FormValidator.compile(
            FormDefinitionJson.read(SubventionForm.DEFINITION), Clock.system(ZoneId.of("Europe/Paris")));
    private FormValidator eadminPatterns = eadmin;
    private Submission submission = Submission.parse("{}");
    private JsonSchema schema =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SubventionForm.JSON_SCHEMA);
    private JsonNode node = json.createObjectNode();
    private ValidatorFactory factory = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private Validator beans = factory.getValidator();
    private SubventionBean bean = new SubventionBean();

    /**
     * Compiles every validator once and parses the input once, then checks every verdict.
     *
     * @throws JsonProcessingException never: the inputs are constants
     */
    @Setup
    public void setUp() throws JsonProcessingException {
        text = input.equals("valid") ? SubventionForm.VALID : SubventionForm.INVALID;
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneId.of("Europe/Paris"));
        eadmin = FormValidator.compile(FormDefinitionJson.read(SubventionForm.DEFINITION), clock);
        eadminPatterns = FormValidator.compile(FormDefinitionJson.read(SubventionForm.DEFINITION_WITH_PATTERNS), clock);
        submission = Submission.parse(text);
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SubventionForm.JSON_SCHEMA, config);
        node = json.readTree(text);
        beans = factory.getValidator();
        bean = json.readValue(text, SubventionBean.class);

        boolean expected = input.equals("valid");
        ValidationReport report = eadminParsed();
        check("e-admin", report.isValid(), expected, report.errors());
        ValidationReport patterns = eadminPatternsParsed();
        check("e-admin with patterns", patterns.isValid(), expected, patterns.errors());
        Set<ValidationMessage> messages = jsonSchemaParsed();
        check("JSON Schema", messages.isEmpty(), expected, messages);
        Set<ConstraintViolation<SubventionBean>> violations = hibernateValidatorParsed();
        check("Hibernate Validator", violations.isEmpty(), expected, violations);
    }

    private static void check(String contender, boolean valid, boolean expected, Object errors) {
        if (valid != expected) {
            throw new IllegalStateException(contender + " says " + (valid ? "valid" : "invalid: " + errors));
        }
    }

    /** Closes the validator factory. */
    @TearDown
    public void tearDown() {
        factory.close();
    }

    /**
     * The floor: parsing the JSON text into a tree, which every contender working from JSON does first.
     *
     * @return the tree
     * @throws JsonProcessingException never: the input is well-formed
     */
    @Benchmark
    public JsonNode floorParse() throws JsonProcessingException {
        return json.readTree(text);
    }

    /**
     * e-admin, the submission already parsed.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport eadminParsed() {
        return eadmin.validate(submission);
    }

    /**
     * e-admin, the submission already parsed, identifiers checked by the JSON Schema's patterns only.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport eadminPatternsParsed() {
        return eadminPatterns.validate(submission);
    }

    /**
     * e-admin from the JSON text.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport eadminFromJson() {
        return eadmin.validate(Submission.parse(text));
    }

    /**
     * networknt JSON Schema, the document already parsed.
     *
     * @return the messages
     */
    @Benchmark
    public Set<ValidationMessage> jsonSchemaParsed() {
        return schema.validate(node);
    }

    /**
     * networknt JSON Schema from the JSON text.
     *
     * @return the messages
     * @throws JsonProcessingException never: the input is well-formed
     */
    @Benchmark
    public Set<ValidationMessage> jsonSchemaFromJson() throws JsonProcessingException {
        return schema.validate(json.readTree(text));
    }

    /**
     * Hibernate Validator, the bean already bound.
     *
     * @return the violations
     */
    @Benchmark
    public Set<ConstraintViolation<SubventionBean>> hibernateValidatorParsed() {
        return beans.validate(bean);
    }

    /**
     * Hibernate Validator from the JSON text, Jackson binding included.
     *
     * @return the violations
     * @throws JsonProcessingException never: the input is well-formed
     */
    @Benchmark
    public Set<ConstraintViolation<SubventionBean>> hibernateValidatorFromJson() throws JsonProcessingException {
        return beans.validate(json.readValue(text, SubventionBean.class));
    }
}
