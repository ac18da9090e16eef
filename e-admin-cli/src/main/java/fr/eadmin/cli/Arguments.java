package fr.eadmin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positional arguments, flags and options with values. Options come before,
 * between or after positional arguments; {@code --opt=value} and {@code --opt value} are the same; after
 * {@code --} everything is positional.
 */
public final class Arguments {
    private final List<String> positional;
    private final Set<String> flags;
    private final Map<String, List<String>> options;

    private Arguments(List<String> positional, Set<String> flags, Map<String, List<String>> options) {
        this.positional = List.copyOf(positional);
        this.flags = Set.copyOf(flags);
        this.options = Map.copyOf(options);
    }

    /**
     * Parses raw arguments.
     *
     * @param raw the arguments after the command's name
     * @param knownFlags the options that take no value
     * @param knownOptions the options that take a value
     * @return the parsed arguments
     * @throws UsageException on an unknown option, a flag given a value, or an option missing its value
     */
    public static Arguments parse(List<String> raw, Set<String> knownFlags, Set<String> knownOptions) {
        Objects.requireNonNull(raw, "raw");
        List<String> positional = new ArrayList<>();
        Set<String> flags = new LinkedHashSet<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String argument = raw.get(i);
            if (argument.equals("--")) {
                positional.addAll(raw.subList(i + 1, raw.size()));
                break;
            }
            if (!argument.startsWith("--") || argument.length() == 2) {
                positional.add(argument);
                continue;
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            if (knownFlags.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException("option " + name + " takes no value");
                }
                flags.add(name);
            } else if (knownOptions.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = argument.substring(equals + 1);
                } else if (i + 1 < raw.size()) {
                    value = raw.get(++i);
                } else {
                    throw new UsageException("option " + name + " needs a value");
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        options.replaceAll((name, values) -> List.copyOf(values));
        return new Arguments(positional, flags, options);
    }

    /** {@return the positional arguments, in order} */
    public List<String> positional() {
        return positional;
    }

    /**
     * The positional arguments, checked for their number.
     *
     * @param min the fewest allowed
     * @param max the most allowed
     * @param synopsis what the command expects, for the error message
     * @return the positional arguments
     * @throws UsageException if there are too few or too many
     */
    public List<String> positional(int min, int max, String synopsis) {
        if (positional.size() < min || positional.size() > max) {
            throw new UsageException("expected " + synopsis + ", got " + positional.size() + " argument"
                    + (positional.size() == 1 ? "" : "s"));
        }
        return positional;
    }

    /**
     * Whether a flag was given.
     *
     * @param flag the flag, such as {@code --json}
     * @return true if it was given
     */
    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /**
     * The values given to an option, in order.
     *
     * @param option the option, such as {@code --trust}
     * @return its values, empty if it was not given
     */
    public List<String> values(String option) {
        return options.getOrDefault(option, List.of());
    }

    /**
     * The value of an option given at most once.
     *
     * @param option the option
     * @return its value if given
     * @throws UsageException if it was given more than once
     */
    public Optional<String> value(String option) {
        List<String> values = values(option);
        if (values.size() > 1) {
            throw new UsageException("option " + option + " may be given once");
        }
        return values.stream().findFirst();
    }

    /**
     * Reads a whole input file named on the command line.
     *
     * @param file the file's path as typed
     * @return its bytes
     * @throws UsageException if it does not exist or cannot be read
     */
    public static byte[] read(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException("cannot read " + file + ": no such file");
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
