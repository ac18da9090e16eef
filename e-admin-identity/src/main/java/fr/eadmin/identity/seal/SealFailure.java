package fr.eadmin.identity.seal;

/** Why a seal did not verify. */
public enum SealFailure {
    /** The text does not start with {@code EAS1:}: not an e-admin seal. */
    NOT_A_SEAL,
    /** The seal has a version this verifier does not read. */
    UNSUPPORTED_VERSION,
    /** The text is not Base45, or its bytes do not follow the layout. */
    MALFORMED,
    /** No trusted certificate has the seal's key identifier. */
    UNKNOWN_SIGNER,
    /** The signature does not verify: the seal was changed or forged. */
    SIGNATURE_INVALID,
    /** The issue date lies outside the validity of the certificate that sealed it. */
    CERTIFICATE_NOT_VALID_AT_ISSUE
}
