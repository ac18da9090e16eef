package fr.eadmin.identity.timestamp;

/** The check a timestamp token failed, in the order {@link TimestampVerifier} runs them. */
public enum TimestampCheck {
    /** The bytes are not an RFC 3161 {@code TimeStampToken}. */
    MALFORMED,
    /** The token does not attest the expected digest (another document, or another digest algorithm). */
    IMPRINT_MISMATCH,
    /** The signer's certificate is neither in the token nor among the certificates the verifier was given. */
    SIGNER_CERTIFICATE_MISSING,
    /** The signer's certificate is not a timestamping certificate (critical id-kp-timeStamping only). */
    NOT_A_TIMESTAMPING_UNIT,
    /** The token's signature, or its ESSCertID, does not match the signer's certificate. */
    SIGNATURE_INVALID,
    /** The signer's certificate was not valid at the time the token states. */
    CERTIFICATE_EXPIRED,
    /** The signer's certificate does not chain to a trust anchor. */
    UNTRUSTED_AUTHORITY,
    /**
     * The signer's certificate, or one of its chain, is revoked per a CRL signed by its issuer: revoked at or
     * before the token's time, or for key compromise at any time.
     */
    CERTIFICATE_REVOKED,
    /**
     * A certificate of the chain has no fresh CRL of its issuer (nextUpdate at or after the token's time),
     * when the verifier requires revocation data ({@link TimestampVerifier#requiringRevocationData()}).
     */
    REVOCATION_DATA_MISSING
}
