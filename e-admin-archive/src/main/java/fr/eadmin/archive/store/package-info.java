/**
 * The write-once archive store of transfer packages and their receipts, and its integrity audit.
 */
@NullMarked
package fr.eadmin.archive.store;

import org.jspecify.annotations.NullMarked;
