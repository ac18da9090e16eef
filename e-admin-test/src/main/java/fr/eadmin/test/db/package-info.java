/**
 * A JUnit 5 extension giving tests a fresh database, on H2 or on PostgreSQL, with the e-admin schema
 * already applied: one schema per test class, dropped afterwards.
 */
@NullMarked
package fr.eadmin.test.db;

import org.jspecify.annotations.NullMarked;
