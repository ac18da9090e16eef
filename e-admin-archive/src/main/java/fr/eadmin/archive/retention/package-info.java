/**
 * Retention rules as data: the referential of rules (DUA, start event, final fate) the archivist edits, the mapping of téléservices to rules, and the schedule that says which closed records are due.
 */
@NullMarked
package fr.eadmin.archive.retention;

import org.jspecify.annotations.NullMarked;
