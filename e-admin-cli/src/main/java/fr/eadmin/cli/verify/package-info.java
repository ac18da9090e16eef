/** {@code eadmin verify}: validates the signatures of a PDF or a detached signature and prints the report. */
@NullMarked
package fr.eadmin.cli.verify;

import org.jspecify.annotations.NullMarked;
