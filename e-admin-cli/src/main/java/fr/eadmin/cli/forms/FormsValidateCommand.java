package fr.eadmin.cli.forms;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.cli.Arguments;
import fr.eadmin.cli.Command;
import fr.eadmin.cli.ExitCode;
import fr.eadmin.cli.UsageException;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.InvalidFormDefinitionException;
import fr.eadmin.forms.json.FormDefinitionJson;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.InvalidSubmissionException;
import fr.eadmin.forms.validation.Submission;
import fr.eadmin.forms.validation.ValidationError;
import fr.eadmin.forms.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code eadmin forms validate DEFINITION SUBMISSION [--json]}: validates a submission (JSON) against a form
 * definition (JSON) as {@link FormValidator} does, today being today in {@code Europe/Paris}. Exit code 0 when
 * valid, 1 when not, 2 when a file cannot be read, is not JSON, or the definition is not valid.
 *
 * <p>With {@code --json}, standard output is one document:
 * {@code {"valid": false, "errors": [{"path": "enfants[0].naissance", "code": "too-late", "message": "..."}]}}.
 */
public final class FormsValidateCommand implements Command {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Clock clock;

    private FormsValidateCommand(Clock clock) {
        this.clock = clock;
    }

    /**
     * The command, today being read from the system clock in {@code Europe/Paris}.
     *
     * @return the command
     */
    public static FormsValidateCommand withSystemClock() {
        return withClock(Clock.system(ZoneId.of("Europe/Paris")));
    }

    /**
     * The command, today being read from the given clock (for tests and replays).
     *
     * @param clock the clock
     * @return the command
     */
    public static FormsValidateCommand withClock(Clock clock) {
        return new FormsValidateCommand(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public List<String> name() {
        return List.of("forms", "validate");
    }

    @Override
    public String synopsis() {
        return "[--json] DEFINITION SUBMISSION";
    }

    @Override
    public String summary() {
        return "Validates a submission (JSON) against a form definition (JSON) and prints every error.";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        List<String> files = arguments.positional(2, 2, "DEFINITION SUBMISSION");
        FormDefinition definition = definition(files.get(0));
        Submission submission = submission(files.get(1));
        ValidationReport report = FormValidator.compile(definition, clock).validate(submission);
        if (arguments.has("--json")) {
            out.println(json(report));
        } else {
            text(report, out);
        }
        return report.isValid() ? ExitCode.OK : ExitCode.INVALID;
    }

    private static FormDefinition definition(String file) {
        byte[] bytes = Arguments.read(file);
        parse(file, bytes);
        try {
            return FormDefinitionJson.read(new ByteArrayInputStream(bytes));
        } catch (InvalidFormDefinitionException e) {
            throw new UsageException(file + ": not a valid form definition: " + e.getMessage(), e);
        }
    }

    private static Submission submission(String file) {
        JsonNode answers = parse(file, Arguments.read(file));
        try {
            return Submission.of(answers);
        } catch (InvalidSubmissionException e) {
            throw new UsageException(file + ": not a submission: " + e.reason(), e);
        }
    }

    /** Reads JSON, naming the file, line and column of a syntax error. */
    private static JsonNode parse(String file, byte[] bytes) {
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new UsageException(file + ": malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new UsageException(file + ": malformed JSON: empty document");
        }
        return node;
    }

    /**
     * The report as one JSON document: {@code {"valid": bool, "errors": [{"path", "code", "message"}]}}.
     *
     * @param report the report
     * @return the JSON text
     */
    static String json(ValidationReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", report.isValid());
        ArrayNode errors = root.putArray("errors");
        for (ValidationError error : report.errors()) {
            errors.addObject()
                    .put("path", error.path())
                    .put("code", error.code())
                    .put("message", error.message());
        }
        return root.toString();
    }

    private static void text(ValidationReport report, PrintStream out) {
        if (report.isValid()) {
            out.println("valid");
            return;
        }
        int count = report.errors().size();
        out.println("not valid: " + count + " error" + (count == 1 ? "" : "s"));
        for (ValidationError error : report.errors()) {
            out.println("  " + error.path() + " [" + error.code() + "] " + error.message());
        }
    }
}
