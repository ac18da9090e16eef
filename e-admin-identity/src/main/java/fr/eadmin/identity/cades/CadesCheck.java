package fr.eadmin.identity.cades;

/** The check a CAdES signature failed, in the order {@link CadesVerifier} runs them. */
public enum CadesCheck {
    /** The bytes are not a CMS {@code SignedData}. */
    MALFORMED,
    /** The signature has no signer, or more than one. */
    NOT_ONE_SIGNER,
    /** A signed attribute of baseline B is missing (content-type, message-digest, signing-time, signing-certificate-v2). */
    MISSING_SIGNED_ATTRIBUTE,
    /** A signed attribute the format forbids is present (signing-time in the CMS of a PAdES signature). */
    UNEXPECTED_SIGNED_ATTRIBUTE,
    /** The signer's certificate is not in the signature. */
    SIGNER_CERTIFICATE_MISSING,
    /** The signing-certificate-v2 attribute names another certificate than the one found. */
    SIGNING_CERTIFICATE_MISMATCH,
    /** The signer's certificate does not allow signing (digitalSignature or nonRepudiation). */
    NOT_A_SIGNING_CERTIFICATE,
    /** The content's digest differs from the signed message-digest: the content changed. */
    DIGEST_MISMATCH,
    /** The signature value does not verify with the signer's key. */
    SIGNATURE_INVALID,
    /**
     * The signature-time-stamp is not a valid timestamp of this signature by a trusted, unrevoked unit, and
     * the signature passes every other check at the validation time.
     */
    TIMESTAMP_INVALID,
    /** The signer's certificate was not valid at the signing time or at the validation time. */
    CERTIFICATE_EXPIRED,
    /** The signer's certificate does not chain to a trust anchor. */
    UNTRUSTED_SIGNER,
    /** A certificate of the chain was revoked before the validation time, by a given CRL. */
    CERTIFICATE_REVOKED,
    /**
     * A certificate of the chain has no fresh CRL of its issuer, when the verifier requires revocation data
     * ({@link CadesVerifier#requiringRevocationData()}).
     */
    REVOCATION_DATA_MISSING
}
