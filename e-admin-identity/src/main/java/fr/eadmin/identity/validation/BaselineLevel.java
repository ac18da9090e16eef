package fr.eadmin.identity.validation;

/**
 * The baseline levels of AdES signatures (ETSI EN 319 122-1 for CAdES, EN 319 142-1 for PAdES) that e-admin
 * makes and recognises, each including the one before.
 */
public enum BaselineLevel {
    /** B-B: the signature with its signed attributes and the signer's certificate. */
    B_B,
    /** B-T: B-B and a signature-time-stamp that proves the signature existed at a time. */
    B_T,
    /**
     * B-LT: B-T and the validation material (certificates and CRLs of the whole chain) in the document, so
     * that it can be validated offline; for PAdES, in the document security store (DSS).
     */
    B_LT
}
