/**
 * Service provider interfaces of e-admin core: the stores an application chooses
 * (in memory, JDBC or its own) and the values they exchange.
 *
 * <p>Every implementation must pass the contract tests shipped in {@code e-admin-test}.
 */
@NullMarked
package fr.eadmin.core.spi;

import org.jspecify.annotations.NullMarked;
