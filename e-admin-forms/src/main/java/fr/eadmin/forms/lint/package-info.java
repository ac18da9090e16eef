/**
 * Linting of form definitions: {@link fr.eadmin.forms.lint.FormDefinitionChecker} reads a definition (JSON, YAML
 * or built in Java) and reports every {@link fr.eadmin.forms.lint.Finding}, each with a stable code, the
 * JSON Pointer of the node and a severity, in a {@link fr.eadmin.forms.lint.LintReport}.
 */
@NullMarked
package fr.eadmin.forms.lint;

import org.jspecify.annotations.NullMarked;
