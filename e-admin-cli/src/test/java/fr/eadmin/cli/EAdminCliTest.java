package fr.eadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EAdminCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(EAdminCli cli, String... args) {
        return cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static final Command ECHO = new Command() {
        @Override
        public List<String> name() {
            return List.of("demo", "echo");
        }

        @Override
        public String synopsis() {
            return "[--json] [--tag T]... WORD";
        }

        @Override
        public String summary() {
            return "Echoes a word.";
        }

        @Override
        public Set<String> flags() {
            return Set.of("--json");
        }

        @Override
        public Set<String> options() {
            return Set.of("--tag");
        }

        @Override
        public int run(Arguments arguments, PrintStream out, PrintStream err) {
            String word = arguments.positional(1, 1, "one WORD").get(0);
            out.println((arguments.has("--json") ? "json " : "") + word + " " + arguments.values("--tag"));
            return word.equals("bad") ? ExitCode.INVALID : ExitCode.OK;
        }
    };

    @Test
    void dispatchesToTheCommandNamedByTheFirstWords() {
        assertThat(run(EAdminCli.of(List.of(ECHO)), "demo", "echo", "--tag", "a", "x", "--json", "--tag=b"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("json x [a, b]\n");
    }

    @Test
    void passesTheCommandsVerdictThrough() {
        assertThat(run(EAdminCli.of(List.of(ECHO)), "demo", "echo", "bad")).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void refusesUnknownCommandsAndOptionsWithTheUsageCode() {
        EAdminCli cli = EAdminCli.of(List.of(ECHO));
        assertThat(run(cli, "demo", "nope")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'demo nope'");
        assertThat(run(cli, "demo", "echo", "--color", "x")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --color");
        assertThat(run(cli, "demo", "echo", "x", "--tag")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --tag needs a value");
        assertThat(run(cli, "demo", "echo")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected one WORD, got 0 arguments");
        assertThat(run(cli)).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void printsHelpForAllAndForOneCommand() {
        EAdminCli cli = EAdminCli.of(List.of(ECHO));
        assertThat(run(cli, "help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("eadmin demo echo [--json]", "Echoes a word.");
        out.reset();
        assertThat(run(cli, "demo", "echo", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: eadmin demo echo");
    }

    @Test
    void everyStandardCommandHasADistinctName() {
        assertThat(run(EAdminCli.standard(), "version")).isEqualTo(ExitCode.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("eadmin ");
    }

    @Test
    void refusesTwoCommandsWithOneName() {
        assertThatThrownBy(() -> EAdminCli.of(List.of(ECHO, ECHO))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingAMissingFileIsAUsageError() {
        assertThatThrownBy(() -> Arguments.read("/nonexistent/definition.json"))
                .isInstanceOf(UsageException.class)
                .hasMessage("cannot read /nonexistent/definition.json: no such file");
    }
}
