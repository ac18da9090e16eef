/**
 * Demandes: one request by one usager for one téléservice.
 */
@NullMarked
package fr.eadmin.core.demande;

import org.jspecify.annotations.NullMarked;
