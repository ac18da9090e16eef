package fr.eadmin.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * One {@code eadmin} command, such as {@code eadmin forms lint}. Implementations are stateless and registered
 * with {@link EAdminCli#of(List)}.
 */
public interface Command {
    /**
     * The words that name the command after {@code eadmin}.
     *
     * @return for example {@code ["forms", "lint"]}
     */
    List<String> name();

    /**
     * The arguments the command takes, as printed in help after its name.
     *
     * @return for example {@code "[--json] DEFINITION..."}
     */
    String synopsis();

    /**
     * What the command does, in one line.
     *
     * @return the summary
     */
    String summary();

    /**
     * The options that take no value.
     *
     * @return for example {@code {"--json"}}
     */
    default Set<String> flags() {
        return Set.of();
    }

    /**
     * The options that take a value, each may be repeated.
     *
     * @return for example {@code {"--trust"}}
     */
    default Set<String> options() {
        return Set.of();
    }

    /**
     * Runs the command.
     *
     * @param arguments the parsed arguments that follow the command's name
     * @param out where results go
     * @param err where diagnostics go
     * @return the exit code, one of {@link ExitCode}
     * @throws UsageException if the arguments are wrong or an input cannot be read
     */
    int run(Arguments arguments, PrintStream out, PrintStream err);
}
