/**
 * e-admin command line: the {@code eadmin} command for integrators and partners. Each command is a
 * {@link fr.eadmin.cli.Command}; {@link fr.eadmin.cli.EAdminCli} dispatches to them and maps outcomes to exit
 * codes (0 valid, 1 not valid, 2 usage error or unreadable input).
 */
module fr.eadmin.cli {
    requires transitive fr.eadmin.core;
    requires fr.eadmin.forms;
    requires fr.eadmin.identity;
    requires fr.eadmin.archive;
    requires static transitive org.jspecify;

    exports fr.eadmin.cli;
}
