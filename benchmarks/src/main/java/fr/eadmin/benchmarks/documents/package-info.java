/**
 * Benchmarks of the documents module: a quittance rendered by e-admin, by an HTML-to-PDF library from a
 * template, and by bare PDFBox drawing the same text (the floor).
 */
@NullMarked
package fr.eadmin.benchmarks.documents;

import org.jspecify.annotations.NullMarked;
