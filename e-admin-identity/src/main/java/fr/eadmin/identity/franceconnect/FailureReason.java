package fr.eadmin.identity.franceconnect;

/** Why a FranceConnect login was refused. Each reason names one check; none carries personal data. */
public enum FailureReason {
    /** The provider answered the callback with an {@code error} (the usager cancelled, access denied…). */
    PROVIDER_ERROR,
    /** The callback's {@code state} is not the one kept for this login. */
    STATE_MISMATCH,
    /** The pending login was already used (or never issued): a callback replayed. */
    REPLAYED,
    /** The pending login is older than the lifetime allowed to finish it. */
    LOGIN_EXPIRED,
    /** The callback carries neither a code nor an error. */
    MISSING_CODE,
    /** The token endpoint refused the code or answered something unreadable. */
    TOKEN_EXCHANGE_FAILED,
    /** The provider could not be reached (network, timeout, server error). */
    PROVIDER_UNREACHABLE,
    /** The token is not a well-formed compact JWS with the claims required. */
    MALFORMED_TOKEN,
    /** The token's algorithm is not allowed ({@code none}, HS*, …) or does not match its key's type. */
    ALG_NOT_ALLOWED,
    /** No key of the provider's JWKS has the token's {@code kid}, even after a refresh. */
    UNKNOWN_KEY,
    /** The signature does not verify with the provider's key. */
    SIGNATURE_INVALID,
    /** The token's {@code iss} is not the provider's issuer. */
    ISSUER_MISMATCH,
    /** The token's {@code aud} does not contain the client id, or {@code azp} is not the client id. */
    AUDIENCE_MISMATCH,
    /** The token's {@code exp} is past (beyond the clock skew allowed). */
    TOKEN_EXPIRED,
    /** The token's {@code iat} or {@code nbf} is in the future (beyond the clock skew allowed). */
    TOKEN_NOT_YET_VALID,
    /** The token's {@code nonce} is not the one sent for this login. */
    NONCE_MISMATCH,
    /** The token's {@code acr} is below the eIDAS level requested, or missing. */
    ACR_TOO_LOW,
    /** The userinfo's {@code sub} is not the ID token's. */
    SUBJECT_MISMATCH,
    /** The userinfo answer is unreadable. */
    USERINFO_FAILED,
    /** The identité pivot lacks a claim or has a value that cannot be an identity. */
    IDENTITY_INVALID
}
