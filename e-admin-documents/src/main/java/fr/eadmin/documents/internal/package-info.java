/**
 * Implementation of the documents module: the flow-layout engine (line breaking with real font metrics,
 * headings, paragraphs, tables repeated across pages, letterhead and footers), the PDF/A-3b assembly (XMP,
 * output intent, tagged structure, embedded data file), fonts and 2D codes. Not exported.
 */
@NullMarked
package fr.eadmin.documents.internal;

import org.jspecify.annotations.NullMarked;
