/**
 * Validation of signatures (PAdES in PDFs, detached and enveloping CAdES) and PAdES document time-stamps
 * against the caller's trust anchors, with reports in the vocabulary of ETSI EN 319 102-1: indications,
 * sub-indications, signer, claimed and attested times, baseline level reached; timestamping units checked
 * like signers (chain, usage, validity, revocation); only fresh CRLs signed by the issuer prove a
 * certificate unrevoked; strict about changes made to a PDF after it was signed.
 */
@NullMarked
package fr.eadmin.identity.validation;

import org.jspecify.annotations.NullMarked;
