/**
 * Demandes: one request by one usager for one téléservice, tracked from the draft to the decision. {@link
 * fr.eadmin.core.demande.Demande} is the aggregate and its state machine, {@link
 * fr.eadmin.core.demande.DemandeService} the API an application calls, {@link
 * fr.eadmin.core.demande.AccuseReception} the acknowledgement the CRPA requires at deposit, and {@link
 * fr.eadmin.core.demande.ServiceLevel} the report of delays kept.
 */
@NullMarked
package fr.eadmin.core.demande;

import org.jspecify.annotations.NullMarked;
