/**
 * JDBC implementations of the core stores ({@code java.sql} and a {@code DataSource} only), running
 * unchanged on H2 and PostgreSQL, and the schema initializer that creates their tables.
 */
@NullMarked
package fr.eadmin.core.jdbc;

import org.jspecify.annotations.NullMarked;
