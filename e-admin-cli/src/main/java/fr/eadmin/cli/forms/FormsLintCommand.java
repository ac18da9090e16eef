package fr.eadmin.cli.forms;

import fr.eadmin.cli.Arguments;
import fr.eadmin.cli.Command;
import fr.eadmin.cli.ExitCode;
import fr.eadmin.cli.UsageException;
import fr.eadmin.forms.lint.Finding;
import fr.eadmin.forms.lint.FormDefinitionChecker;
import fr.eadmin.forms.lint.LintReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code eadmin forms lint DEFINITION... [--json] [--strict]}: lints form definitions (JSON, or YAML for files
 * named {@code .yaml} or {@code .yml}). Exits 0 when no file has an error (warnings alone pass unless
 * {@code --strict}), 1 when one has, 2 when a file cannot be read or is not JSON (YAML) at all.
 */
public final class FormsLintCommand implements Command {
    /** Creates the command. */
    public FormsLintCommand() {}

    @Override
    public List<String> name() {
        return List.of("forms", "lint");
    }

    @Override
    public String synopsis() {
        return "[--json] [--strict] DEFINITION...";
    }

    @Override
    public String summary() {
        return "Lints form definitions (JSON or YAML): structure, references, cycles, dead conditions.";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json", "--strict");
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        List<String> files = arguments.positional(1, Integer.MAX_VALUE, "at least one DEFINITION file");
        boolean strict = arguments.has("--strict");
        FormsOutput output = new FormsOutput();
        boolean unreadable = false;
        int findings = 0;
        for (String file : files) {
            String text;
            try {
                text = new String(Arguments.read(file), StandardCharsets.UTF_8);
            } catch (UsageException e) {
                output.problem(file, "", "unreadable", "error", e.getMessage(), true);
                unreadable = true;
                continue;
            }
            LintReport report = FormDefinitionChecker.isYaml(Path.of(file))
                    ? FormDefinitionChecker.checkYaml(text)
                    : FormDefinitionChecker.checkJson(text);
            unreadable |= !report.isReadable();
            for (Finding finding : report.findings()) {
                findings++;
                output.problem(
                        file,
                        finding.path(),
                        finding.code(),
                        finding.severity().name().toLowerCase(Locale.ROOT),
                        finding.message(),
                        finding.isError() || strict);
            }
        }
        output.print(
                out,
                arguments.has("--json"),
                files.size() + " definition" + (files.size() == 1 ? "" : "s") + ", " + findings + " finding"
                        + (findings == 1 ? "" : "s"));
        if (unreadable) {
            return ExitCode.USAGE;
        }
        return output.valid() ? ExitCode.OK : ExitCode.INVALID;
    }
}
