/**
 * JDBC implementations of identity's stores (accounts, single-use tokens, the certificate registry,
 * read-only grants, account links, pending FranceConnect logins), on {@code java.sql} only, for H2 and PostgreSQL alike; {@link
 * fr.eadmin.identity.jdbc.IdentitySchema} creates their tables.
 */
@NullMarked
package fr.eadmin.identity.jdbc;

import org.jspecify.annotations.NullMarked;
