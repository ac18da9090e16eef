/**
 * JMH benchmarks: each class measures one e-admin operation side by side with the library a town would pick
 * instead and with the floor (the bare work no library can avoid), in the same run, so that ratios are
 * meaningful on any machine. Results and the command that produced them are in {@code benchmarks/README.md}.
 */
@NullMarked
package fr.eadmin.benchmarks;

import org.jspecify.annotations.NullMarked;
