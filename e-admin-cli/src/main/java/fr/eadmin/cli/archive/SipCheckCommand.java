package fr.eadmin.cli.archive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.archive.seda.SchemaUnavailableException;
import fr.eadmin.archive.seda.SedaSchema;
import fr.eadmin.archive.seda.SipChecker;
import fr.eadmin.archive.seda.SipProblem;
import fr.eadmin.archive.seda.SipReport;
import fr.eadmin.cli.Arguments;
import fr.eadmin.cli.Command;
import fr.eadmin.cli.ExitCode;
import fr.eadmin.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code eadmin sip check FILE [--schema DIR] [--json]}: checks a SEDA 2.2 transfer package (zip structure and
 * safety, manifest, every file's digest and size, orphans) and, with {@code --schema}, validates the manifest
 * against the official schema in that folder. Exit 0 valid, 1 invalid, 2 usage error or unreadable file.
 */
public final class SipCheckCommand implements Command {
    private static final String JSON = "--json";
    private static final String SCHEMA = "--schema";
    private static final String NO_SCHEMA =
            "the manifest was not validated against the SEDA 2.2 schema: give --schema DIR";

    /** Creates the command. */
    public SipCheckCommand() {}

    @Override
    public List<String> name() {
        return List.of("sip", "check");
    }

    @Override
    public String synopsis() {
        return "FILE [--schema DIR] [--json]";
    }

    @Override
    public String summary() {
        return "Checks a SEDA 2.2 transfer package: structure, digests, sizes, orphan files and, with --schema,"
                + " the manifest against the XSD.";
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public Set<String> options() {
        return Set.of(SCHEMA);
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        Path path = Json.inputFile(arguments);
        String file = path.toString();
        Optional<String> schemaFolder = arguments.value(SCHEMA);
        SipChecker checker;
        if (schemaFolder.isPresent()) {
            try {
                checker = SipChecker.withSchema(SedaSchema.load(Path.of(schemaFolder.get())));
            } catch (SchemaUnavailableException e) {
                throw new UsageException("cannot use the schema folder: " + e.getMessage(), e);
            }
        } else {
            checker = SipChecker.withoutSchema();
        }
        SipReport report;
        try {
            report = checker.check(path);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (arguments.has(JSON)) {
            ObjectNode json = Json.object();
            json.put("file", file);
            json.put("valid", report.isValid());
            json.put("entries", report.entries());
            json.put("dataObjects", report.dataObjects());
            json.put("schemaChecked", report.schemaChecked());
            ArrayNode problems = json.putArray("problems");
            for (SipProblem problem : report.problems()) {
                problems.addObject()
                        .put("code", problem.code().name())
                        .put("location", problem.location())
                        .put("detail", problem.detail());
            }
            ArrayNode notChecked = json.putArray("notChecked");
            if (!report.schemaChecked()) {
                notChecked.add(NO_SCHEMA);
            }
            Json.print(json, out);
        } else {
            out.println((report.isValid() ? "VALID " : "INVALID ") + file + ": " + report.entries() + " entries, "
                    + report.dataObjects() + " data objects, "
                    + report.problems().size() + " problem(s)");
            for (SipProblem problem : report.problems()) {
                out.println("  " + problem.code() + " " + problem.location() + ": " + problem.detail());
            }
            if (!report.schemaChecked()) {
                out.println("  not checked: " + NO_SCHEMA);
            }
        }
        return report.isValid() ? ExitCode.OK : ExitCode.INVALID;
    }
}
