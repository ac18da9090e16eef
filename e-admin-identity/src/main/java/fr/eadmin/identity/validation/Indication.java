package fr.eadmin.identity.validation;

/** The main status of a signature's validation, as ETSI EN 319 102-1 section 5.1.3 names it. */
public enum Indication {
    /** The signature passed every check of the validation. */
    TOTAL_PASSED,
    /** The signature is proven invalid: the data or the signature was changed, the signer revoked… */
    TOTAL_FAILED,
    /** The checks could not conclude either way: a chain, a revocation status or a proof of existence is missing. */
    INDETERMINATE
}
