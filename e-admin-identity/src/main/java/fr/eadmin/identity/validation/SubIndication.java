package fr.eadmin.identity.validation;

/**
 * Why a signature did not pass, with the names of ETSI EN 319 102-1 section 5.1.3 (table 5). e-admin's
 * validator uses those listed in {@link SignatureValidator}; the others complete the standard's vocabulary
 * for reports read from elsewhere.
 */
public enum SubIndication {
    /** The signature is not conformant to its format (CMS, PAdES dictionary, attributes). */
    FORMAT_FAILURE,
    /** The hash of the signed data does not match: the data changed after signing. */
    HASH_FAILURE,
    /** The signature value does not verify with the signer's public key. */
    SIG_CRYPTO_FAILURE,
    /** The signer's certificate was revoked before a proof that the signature existed. */
    REVOKED,
    /** The signing time lies after the end of the signer's certificate validity. */
    EXPIRED,
    /** The signing time lies before the start of the signer's certificate validity. */
    NOT_YET_VALID,
    /** The signature does not satisfy a constraint of the validation policy. */
    SIG_CONSTRAINTS_FAILURE,
    /** The certificate chain does not satisfy a constraint (key usage, basic constraints). */
    CHAIN_CONSTRAINTS_FAILURE,
    /** The certificate chain cannot be validated for a general reason. */
    CERTIFICATE_CHAIN_GENERAL_FAILURE,
    /** An algorithm or key is considered unreliable. */
    CRYPTO_CONSTRAINTS_FAILURE,
    /** An algorithm became unreliable and no proof of existence predates it. */
    CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
    /** The signer's certificate cannot be found or identified. */
    NO_SIGNING_CERTIFICATE_FOUND,
    /** The signer's certificate does not chain to a trust anchor. */
    NO_CERTIFICATE_CHAIN_FOUND,
    /** The signer's certificate is revoked and no proof of existence predates the revocation. */
    REVOKED_NO_POE,
    /** A CA certificate of the chain is revoked and no proof of existence predates the revocation. */
    REVOKED_CA_NO_POE,
    /** The signer's certificate is outside its validity and no proof of existence falls inside it. */
    OUT_OF_BOUNDS_NO_POE,
    /** The certificate is outside its validity, was not revoked, and no proof of existence falls inside it. */
    OUT_OF_BOUNDS_NOT_REVOKED,
    /** No proof of existence of the signature at a time that would make it valid. */
    NO_POE,
    /** The revocation status cannot be established now: no revocation data for a certificate of the chain. */
    TRY_LATER,
    /** The signed data cannot be obtained (a byte range outside the document, a missing content). */
    SIGNED_DATA_NOT_FOUND,
    /** The signature policy is not available. */
    SIGNATURE_POLICY_NOT_AVAILABLE,
    /** Timestamps are not in the order their meaning requires. */
    TIMESTAMP_ORDER_FAILURE,
    /** The validation policy cannot be processed. */
    POLICY_PROCESSING_ERROR
}
