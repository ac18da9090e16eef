/**
 * JDBC implementations of the archive module's stores, for H2 and PostgreSQL, and the initializer of their tables.
 */
@NullMarked
package fr.eadmin.archive.jdbc;

import org.jspecify.annotations.NullMarked;
