/** Benchmarks of the archive module: SEDA transfer package building against the floor of hashing and zipping. */
@NullMarked
package fr.eadmin.benchmarks.archive;

import org.jspecify.annotations.NullMarked;
