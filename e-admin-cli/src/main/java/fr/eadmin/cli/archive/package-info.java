/**
 * The archive commands of {@code eadmin}: {@code sip check} checks a SEDA 2.2 transfer package, {@code
 * journal verify} a journal export or extract. Not exported: the commands are reached through {@link
 * fr.eadmin.cli.EAdminCli}.
 */
@NullMarked
package fr.eadmin.cli.archive;

import org.jspecify.annotations.NullMarked;
