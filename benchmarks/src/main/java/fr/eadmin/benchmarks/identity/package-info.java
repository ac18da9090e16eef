/**
 * Benchmarks of e-admin identity: PAdES-B-B seals by e-admin and by DSS against the raw CMS signature, and
 * the cost of an Argon2id password hash.
 */
@NullMarked
package fr.eadmin.benchmarks.identity;

import org.jspecify.annotations.NullMarked;
