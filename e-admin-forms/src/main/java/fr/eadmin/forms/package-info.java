/**
 * Form definitions: a {@link fr.eadmin.forms.FormDefinition} of pages, sections, repeatable blocks and typed
 * fields, and the {@link fr.eadmin.forms.Condition} language that shows, hides and closes them. Definitions are
 * immutable values, built in Java or read from JSON by {@link fr.eadmin.forms.json.FormDefinitionJson}.
 */
@NullMarked
package fr.eadmin.forms;

import org.jspecify.annotations.NullMarked;
