/** The {@code eadmin forms} commands: lint form definitions and validate submissions against them. */
@NullMarked
package fr.eadmin.cli.forms;

import org.jspecify.annotations.NullMarked;
