/**
 * Revisions of form definitions: the {@link fr.eadmin.forms.revision.FormDiff} between two versions, and the
 * {@link fr.eadmin.forms.revision.Rebase} of an in-flight {@link fr.eadmin.forms.revision.Draft} onto a newly
 * published version, with a {@link fr.eadmin.forms.revision.RebaseReport} of what was kept, converted or dropped.
 */
@NullMarked
package fr.eadmin.forms.revision;

import org.jspecify.annotations.NullMarked;
