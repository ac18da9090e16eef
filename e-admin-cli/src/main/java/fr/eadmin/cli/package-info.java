/**
 * The {@code eadmin} command: a dispatcher ({@link fr.eadmin.cli.EAdminCli}), the command contract
 * ({@link fr.eadmin.cli.Command}), argument parsing ({@link fr.eadmin.cli.Arguments}) and the shared exit
 * codes ({@link fr.eadmin.cli.ExitCode}).
 *
 * <p>Every command that reports a verdict prints it for people by default and as one JSON document with
 * {@code --json}; it exits {@link fr.eadmin.cli.ExitCode#OK} when what it checked is valid,
 * {@link fr.eadmin.cli.ExitCode#INVALID} when it is not, and {@link fr.eadmin.cli.ExitCode#USAGE} when the
 * command line is wrong or an input cannot be read.
 */
@NullMarked
package fr.eadmin.cli;

import org.jspecify.annotations.NullMarked;
