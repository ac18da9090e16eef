/**
 * Implementation details of the archive module. Not exported: nothing here is API.
 */
@NullMarked
package fr.eadmin.archive.internal;

import org.jspecify.annotations.NullMarked;
