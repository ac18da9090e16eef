/**
 * PAdES baseline signatures and seals of PDFs (ETSI EN 319 142-1, levels B-B, B-T and B-LT), made in
 * incremental updates with PDFBox and Bouncy Castle, and document time-stamps (the B-LTA building block);
 * {@link fr.eadmin.identity.validation} validates them.
 */
@NullMarked
package fr.eadmin.identity.pades;

import org.jspecify.annotations.NullMarked;
