package fr.eadmin.identity.franceconnect;

/**
 * The signature algorithms an ID token may use. Only asymmetric algorithms exist here: {@code none} and the
 * HMAC family are always refused.
 */
public enum SignatureAlgorithm {
    /** ECDSA on P-256 with SHA-256 (FranceConnect v2). */
    ES256,
    /** RSASSA-PKCS1-v1_5 with SHA-256. */
    RS256
}
