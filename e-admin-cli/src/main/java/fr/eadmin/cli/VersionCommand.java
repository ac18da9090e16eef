package fr.eadmin.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code eadmin version}: prints the version of e-admin the command comes from. */
final class VersionCommand implements Command {
    @Override
    public List<String> name() {
        return List.of("version");
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "Prints the version of e-admin.";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        arguments.positional(0, 0, "no argument");
        String version = EAdminCli.class.getPackage().getImplementationVersion();
        out.println("eadmin " + (version == null ? "(development build)" : version));
        return ExitCode.OK;
    }
}
