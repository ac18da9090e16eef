/**
 * Interfaces the application implements or chooses an implementation of: the store of elimination proposals and the purge of operational data.
 */
@NullMarked
package fr.eadmin.archive.spi;

import org.jspecify.annotations.NullMarked;
