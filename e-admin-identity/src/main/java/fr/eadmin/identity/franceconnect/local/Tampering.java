package fr.eadmin.identity.franceconnect.local;

/** A defect {@link LocalOpenIdProvider} puts in the next answer, to test that the client refuses it. */
public enum Tampering {
    /** The ID token is signed by a key the JWKS does not hold, under a published kid. */
    FORGED_SIGNATURE,
    /** The ID token expired an hour ago. */
    EXPIRED,
    /** The ID token is issued an hour in the future. */
    NOT_YET_VALID,
    /** The ID token is for another client. */
    WRONG_AUDIENCE,
    /** The ID token names several audiences, this client among them, and no {@code azp}. */
    SEVERAL_AUDIENCES_WITHOUT_AZP,
    /** The ID token names another issuer. */
    WRONG_ISSUER,
    /** The ID token carries another nonce. */
    WRONG_NONCE,
    /** The ID token is unsigned, {@code alg: none}. */
    ALG_NONE,
    /** The ID token is HMAC-signed with the provider's public key as secret (algorithm confusion). */
    ALG_HS256,
    /** The ID token says ES256 but names the RSA key (or RS256 and the EC key). */
    ALG_KEY_MISMATCH,
    /** The ID token names a key id the JWKS does not have. */
    UNKNOWN_KEY,
    /** The ID token says {@code eidas1} whatever was asked. */
    LOW_ACR,
    /** The token answer carries the ID token issued before, instead of a new one. */
    REPLAYED_TOKEN,
    /** Userinfo is about another subject. */
    USERINFO_OTHER_SUBJECT
}
