/**
 * Journal extracts: the traceability journal of one dossier (or a whole export) written as JSON lines, read back and verified.
 */
@NullMarked
package fr.eadmin.archive.journal;

import org.jspecify.annotations.NullMarked;
