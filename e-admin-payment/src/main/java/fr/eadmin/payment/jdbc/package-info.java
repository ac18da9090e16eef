/**
 * The payment stores on a relational database (H2 or PostgreSQL) through {@code java.sql}, and the
 * initializer of their tables.
 */
@NullMarked
package fr.eadmin.payment.jdbc;

import org.jspecify.annotations.NullMarked;
