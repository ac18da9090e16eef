/** In-memory account and token stores, for tests and demonstrations. Thread-safe; nothing survives the JVM. */
@NullMarked
package fr.eadmin.identity.account.memory;

import org.jspecify.annotations.NullMarked;
