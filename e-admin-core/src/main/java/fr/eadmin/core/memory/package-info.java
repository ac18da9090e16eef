/**
 * In-memory implementations of the core stores, for tests and demonstrations. Thread-safe;
 * nothing survives the JVM.
 */
@NullMarked
package fr.eadmin.core.memory;

import org.jspecify.annotations.NullMarked;
