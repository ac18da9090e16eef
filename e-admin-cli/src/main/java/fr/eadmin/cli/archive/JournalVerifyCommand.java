package fr.eadmin.cli.archive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.archive.journal.ExtractProblem;
import fr.eadmin.archive.journal.ExtractVerification;
import fr.eadmin.archive.journal.JournalExtracts;
import fr.eadmin.cli.Arguments;
import fr.eadmin.cli.Command;
import fr.eadmin.cli.ExitCode;
import fr.eadmin.cli.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code eadmin journal verify FILE [--json]}: verifies a journal export or extract (the hash of every
 * entry, the chain, the order of positions, the seals against their entries). No timestamp verifier is
 * configured on the command line, so seal tokens are not checked and the output says so. Exit 0 valid, 1
 * invalid, 2 usage error or unreadable file.
 */
public final class JournalVerifyCommand implements Command {
    private static final String JSON = "--json";

    /** Creates the command. */
    public JournalVerifyCommand() {}

    @Override
    public List<String> name() {
        return List.of("journal", "verify");
    }

    @Override
    public String synopsis() {
        return "FILE [--json]";
    }

    @Override
    public String summary() {
        return "Verifies a journal export or extract (JSON lines): entry hashes, chain, positions, seals.";
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        Path path = Json.inputFile(arguments);
        String file = path.toString();
        ExtractVerification outcome;
        try (InputStream in = Files.newInputStream(path)) {
            outcome = JournalExtracts.verify(in, null);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (arguments.has(JSON)) {
            ObjectNode json = Json.object();
            json.put("file", file);
            json.put("valid", outcome.isValid());
            json.put("scope", outcome.scope() == null ? null : outcome.scope().name());
            json.put("entriesChecked", outcome.entriesChecked());
            json.put("sealsChecked", outcome.sealsChecked());
            ArrayNode problems = json.putArray("problems");
            for (ExtractProblem problem : outcome.problems()) {
                problems.addObject()
                        .put("code", problem.code().name())
                        .put("line", problem.line())
                        .put("position", problem.position());
            }
            ArrayNode notChecked = json.putArray("notChecked");
            outcome.notChecked().forEach(notChecked::add);
            Json.print(json, out);
        } else {
            out.println((outcome.isValid() ? "VALID " : "INVALID ") + file + ": "
                    + (outcome.scope() == null
                            ? "not a journal file"
                            : outcome.scope().name().toLowerCase(java.util.Locale.ROOT))
                    + ", " + outcome.entriesChecked() + " entries, " + outcome.sealsChecked() + " seal(s) matched");
            for (ExtractProblem problem : outcome.problems()) {
                out.println("  " + problem.code() + " at line " + problem.line()
                        + (problem.position() > 0 ? ", position " + problem.position() : ""));
            }
            for (String missing : outcome.notChecked()) {
                out.println("  not checked: " + missing);
            }
        }
        return outcome.isValid() ? ExitCode.OK : ExitCode.INVALID;
    }
}
