/**
 * Elimination proposals: records whose final fate is destruction are proposed to the archive service, approved or rejected, and only then purged from operational data, with a journal trace.
 */
@NullMarked
package fr.eadmin.archive.elimination;

import org.jspecify.annotations.NullMarked;
