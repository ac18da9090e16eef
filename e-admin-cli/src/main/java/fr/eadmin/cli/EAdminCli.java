package fr.eadmin.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code eadmin} command: finds the command named by the first words of the command line and runs it.
 *
 * {@snippet :
 * int exit = EAdminCli.standard().run(new String[] {"help"}, System.out, System.err);
 * }
 */
public final class EAdminCli {
    private final List<Command> commands;

    private EAdminCli(List<Command> commands) {
        this.commands = commands.stream()
                .sorted(Comparator.comparing((Command c) -> String.join(" ", c.name())))
                .toList();
    }

    /**
     * The command line with the given commands.
     *
     * @param commands the commands, each with a distinct name
     * @return the command line
     * @throws IllegalArgumentException if two commands share a name
     */
    public static EAdminCli of(List<Command> commands) {
        Objects.requireNonNull(commands, "commands");
        long distinct = commands.stream().map(Command::name).distinct().count();
        if (distinct != commands.size()) {
            throw new IllegalArgumentException("two commands share a name");
        }
        return new EAdminCli(commands);
    }

    /**
     * The command line with every command e-admin ships.
     *
     * @return the command line
     */
    public static EAdminCli standard() {
        return of(StandardCommands.all());
    }

    /**
     * Runs the command line as the {@code eadmin} executable, and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(standard().run(args, System.out, System.err));
    }

    /**
     * Runs a command line.
     *
     * @param args the words after {@code eadmin}
     * @param out where results go
     * @param err where diagnostics go
     * @return the exit code, one of {@link ExitCode}
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = Arrays.asList(args.clone());
        if (words.isEmpty()) {
            printHelp(err);
            return ExitCode.USAGE;
        }
        if (words.size() == 1 && (words.get(0).equals("help") || words.get(0).equals("--help"))) {
            printHelp(out);
            return ExitCode.OK;
        }
        Optional<Command> found = find(words);
        if (found.isEmpty()) {
            err.println("eadmin: unknown command '" + String.join(" ", words.subList(0, Math.min(2, words.size())))
                    + "'; run 'eadmin help' for the list");
            return ExitCode.USAGE;
        }
        Command command = found.get();
        List<String> rest = words.subList(command.name().size(), words.size());
        String usage = "eadmin " + String.join(" ", command.name()) + " " + command.synopsis();
        if (rest.contains("--help")) {
            out.println("usage: " + usage);
            out.println(command.summary());
            return ExitCode.OK;
        }
        try {
            return command.run(Arguments.parse(rest, command.flags(), command.options()), out, err);
        } catch (UsageException e) {
            err.println("eadmin: " + e.getMessage());
            err.println("usage: " + usage);
            return ExitCode.USAGE;
        }
    }

    private Optional<Command> find(List<String> words) {
        return commands.stream()
                .filter(c -> words.size() >= c.name().size()
                        && words.subList(0, c.name().size()).equals(c.name()))
                .max(Comparator.comparingInt(c -> c.name().size()));
    }

    private void printHelp(PrintStream stream) {
        stream.println("usage: eadmin COMMAND [ARGUMENTS]  (eadmin COMMAND --help for one command)");
        stream.println();
        stream.println("Exit codes: 0 valid, 1 not valid, 2 usage error or unreadable input.");
        stream.println();
        stream.println("Commands:");
        for (Command command : commands) {
            stream.println("  eadmin " + String.join(" ", command.name()) + " " + command.synopsis());
            stream.println("      " + command.summary());
        }
    }
}
