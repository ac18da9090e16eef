/**
 * The dossier usager: the pièces justificatives a usager has already supplied, with their
 * validity and the demandes that used them, so that nobody uploads the same document twice.
 */
@NullMarked
package fr.eadmin.core.dossier;

import org.jspecify.annotations.NullMarked;
