package fr.eadmin.cli.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.cli.EAdminCli;
import fr.eadmin.cli.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormsValidateCommandTest {
    private static final String DEFINITION = """
            {"id": "location-salle", "version": 1, "title": "Location de salle", "pages": [
              {"id": "demandeur", "title": "Demandeur", "nodes": [
                {"node": "field", "id": "nom", "label": "Nom", "required": true,
                 "type": {"kind": "short-text", "maxLength": 50}},
                {"node": "field", "id": "association", "label": "Au nom d'une association", "type": {"kind": "yes-no"}},
                {"node": "field", "id": "rna", "label": "Numéro RNA", "required": true,
                 "visibleIf": {"op": "eq", "field": "association", "value": true}, "type": {"kind": "rna"}},
                {"node": "field", "id": "personnes", "label": "Nombre de personnes", "required": true,
                 "type": {"kind": "integer", "min": 1, "max": 300}},
                {"node": "field", "id": "date", "label": "Date", "required": true,
                 "type": {"kind": "date", "min": "today+P15D"}}]}]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private int run(EAdminCli cli, String... args) {
        return cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return run(EAdminCli.standard(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path definition() throws IOException {
        return file("definition.json", DEFINITION);
    }

    @Test
    void aValidSubmissionExitsWithZero() throws IOException {
        Path submission = file("ok.json", "{\"nom\": \" Dupont \", \"personnes\": 40, \"date\": \"2999-06-01\"}");

        assertThat(run("forms", "validate", definition().toString(), submission.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(out()).isEqualTo("valid\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void anInvalidSubmissionExitsWithOneAndListsEveryError() throws IOException {
        Path submission = file(
                "ko.json", "{\"association\": true, \"rna\": \"W123\", \"personnes\": 301, \"date\": \"2999-06-01\"}");

        assertThat(run("forms", "validate", definition().toString(), submission.toString()))
                .isEqualTo(ExitCode.INVALID);
        assertThat(out())
                .startsWith("not valid: 3 errors\n")
                .contains("  nom [required] « Nom » est obligatoire.")
                .contains("  rna [invalid-rna] ")
                .contains("  personnes [too-large] « Nombre de personnes » doit être au plus 300.");
    }

    @Test
    void jsonOutputIsExactlyValidAndErrors() throws IOException {
        Path submission =
                file("ko.json", "{\"nom\": \"Dupont\", \"personnes\": 0, \"date\": \"2999-06-01\", \"x\": 1}");

        assertThat(run("forms", "validate", "--json", definition().toString(), submission.toString()))
                .isEqualTo(ExitCode.INVALID);
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.fieldNames()).toIterable().containsExactly("valid", "errors");
        assertThat(json.get("valid").booleanValue()).isFalse();
        assertThat(json.get("errors")).hasSize(2);
        JsonNode first = json.get("errors").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("path", "code", "message");
        assertThat(first.get("path").textValue()).isEqualTo("x");
        assertThat(first.get("code").textValue()).isEqualTo("unknown-field");
        assertThat(json.get("errors").get(1).get("code").textValue()).isEqualTo("too-small");
        assertThat(out().strip()).doesNotContain("\n");
    }

    @Test
    void jsonOutputOfAValidSubmission() throws IOException {
        Path submission = file("ok.json", "{\"nom\": \"Dupont\", \"personnes\": 1, \"date\": \"2999-06-01\"}");

        assertThat(run("forms", "validate", definition().toString(), submission.toString(), "--json"))
                .isEqualTo(ExitCode.OK);
        assertThat(out()).isEqualTo("{\"valid\":true,\"errors\":[]}\n");
    }

    @Test
    void datesRelativeToTodayFollowTheClock() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-05-31T22:30:00Z"), ZoneId.of("UTC"));
        EAdminCli cli = EAdminCli.of(List.of(FormsValidateCommand.withClock(clock)));
        // 22:30 UTC on 31 May is already 1 June in Paris: the earliest date is 16 June.
        Path early = file("early.json", "{\"nom\": \"Dupont\", \"personnes\": 1, \"date\": \"2026-06-15\"}");
        Path first = file("first.json", "{\"nom\": \"Dupont\", \"personnes\": 1, \"date\": \"2026-06-16\"}");

        assertThat(run(cli, "forms", "validate", definition().toString(), early.toString()))
                .isEqualTo(ExitCode.INVALID);
        assertThat(out()).contains("date [too-early] « Date » doit être le 16/06/2026 ou après.");
        assertThat(run(cli, "forms", "validate", definition().toString(), first.toString()))
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void aMalformedSubmissionIsAUsageErrorNamingTheFileAndPosition() throws IOException {
        Path submission = file("broken.json", "{\"nom\": \"Dupont\",\n  \"personnes\": 4,,\n}");

        assertThat(run("forms", "validate", definition().toString(), submission.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains(submission + ": malformed JSON at line 2, column 18");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMalformedDefinitionIsAUsageErrorNamingTheFileAndPosition() throws IOException {
        Path definition = file("definition.json", "{\"id\": \"x\", \"pages\": [}");
        Path submission = file("ok.json", "{}");

        assertThat(run("forms", "validate", definition.toString(), submission.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains(definition + ": malformed JSON at line 1, column ");
    }

    @Test
    void anInvalidDefinitionIsAUsageErrorNamingThePath() throws IOException {
        Path definition = file(
                "definition.json",
                "{\"id\": \"x\", \"version\": 1, \"title\": \"X\", \"pages\": [{\"id\": \"p\", \"title\": \"P\","
                        + " \"nodes\": [{\"node\": \"field\", \"id\": \"a\", \"label\": \"A\", \"type\": {\"kind\": \"nope\"}}]}]}");
        Path submission = file("ok.json", "{}");

        assertThat(run("forms", "validate", definition.toString(), submission.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains(definition + ": not a valid form definition: pages[0].nodes[0].type.kind");
    }

    @Test
    void aSubmissionThatIsNotAnObjectOrHasDuplicateKeysIsAUsageError() throws IOException {
        Path array = file("array.json", "[1, 2]");
        Path duplicate = file("duplicate.json", "{\"nom\": \"a\", \"nom\": \"b\"}");

        assertThat(run("forms", "validate", definition().toString(), array.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains(array + ": not a submission: the answers must be a JSON object");
        assertThat(run("forms", "validate", definition().toString(), duplicate.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains(duplicate + ": malformed JSON at line 1").contains("Duplicate field 'nom'");
    }

    @Test
    void emptyAndMissingFilesAndWrongArgumentCountsAreUsageErrors() throws IOException {
        Path empty = file("empty.json", "  ");

        assertThat(run("forms", "validate", definition().toString(), empty.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains(empty + ": malformed JSON: empty document");
        assertThat(run(
                        "forms",
                        "validate",
                        definition().toString(),
                        dir.resolve("absent.json").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("absent.json: no such file");
        assertThat(run("forms", "validate", definition().toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("expected DEFINITION SUBMISSION, got 1 argument");
    }
}
