/**
 * In-memory implementations of the archive module's stores, for tests and demonstrations.
 */
@NullMarked
package fr.eadmin.archive.memory;

import org.jspecify.annotations.NullMarked;
