/**
 * SEDA 2.2 transfer packages (SIP): building one in streaming from dossiers and their documents, detecting file formats (PRONOM), and reading a package back to check its structure, digests and manifest.
 */
@NullMarked
package fr.eadmin.archive.seda;

import org.jspecify.annotations.NullMarked;
