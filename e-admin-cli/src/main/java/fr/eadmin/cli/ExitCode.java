package fr.eadmin.cli;

/** The exit codes every {@code eadmin} command shares. */
public final class ExitCode {
    /** What the command checked is valid, or the command did what it was asked. */
    public static final int OK = 0;

    /** What the command checked is not valid (a lint finding, an invalid submission, a failed signature…). */
    public static final int INVALID = 1;

    /** The command line is wrong, or an input file cannot be read or parsed at all. */
    public static final int USAGE = 2;

    private ExitCode() {}
}
