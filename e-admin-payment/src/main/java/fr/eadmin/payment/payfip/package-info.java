/**
 * The PayFiP Régie web service of the DGFiP: {@code creerPaiementSecurise} gives an {@code idOp} to which the
 * usager's browser is redirected, and {@code recupererDetailPaiementSecurise} gives the result. PayFiP
 * notifications carry only the {@code idOp} and no signature, so they are never trusted: the outcome is always
 * fetched back. The SOAP calls go through a small {@link fr.eadmin.payment.payfip.PayfipTransport}.
 */
@NullMarked
package fr.eadmin.payment.payfip;

import org.jspecify.annotations.NullMarked;
