/**
 * The official documents a town hands a usager, as PDF/A-3b files readable by people and machines: accusé de
 * réception, récapitulatif of a demande, attestation of a decision, facture and quittance. Start with {@link
 * fr.eadmin.documents.DocumentRenderer}; read the embedded data back with {@link
 * fr.eadmin.documents.EmbeddedData}.
 */
@NullMarked
package fr.eadmin.documents;

import org.jspecify.annotations.NullMarked;
