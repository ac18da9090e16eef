/**
 * The archive module's root: the exceptions every archive feature throws.
 */
@NullMarked
package fr.eadmin.archive;

import org.jspecify.annotations.NullMarked;
