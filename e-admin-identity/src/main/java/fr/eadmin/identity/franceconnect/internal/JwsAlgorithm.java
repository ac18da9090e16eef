package fr.eadmin.identity.franceconnect.internal;

import fr.eadmin.identity.CryptographicFailureException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/** The JWS algorithms accepted: asymmetric only, each bound to one key type. */
public enum JwsAlgorithm {
    /** ECDSA on P-256 with SHA-256; the signature is R||S, 64 bytes. */
    ES256("SHA256withECDSA", "EC"),
    /** RSASSA-PKCS1-v1_5 with SHA-256. */
    RS256("SHA256withRSA", "RSA");

    private static final int P256_SIZE = 32;

    private final String jcaName;
    private final String keyType;

    JwsAlgorithm(String jcaName, String keyType) {
        this.jcaName = jcaName;
        this.keyType = keyType;
    }

    /**
     * The algorithm of a JWS header's {@code alg}, if accepted.
     *
     * @param alg the header value
     * @return the algorithm, or empty for {@code none}, HS*, PS*… and anything else
     */
    public static Optional<JwsAlgorithm> of(String alg) {
        for (JwsAlgorithm a : values()) {
            if (a.name().equals(alg)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The JWK {@code kty} of the keys this algorithm uses.
     *
     * @return {@code EC} or {@code RSA}
     */
    public String keyType() {
        return keyType;
    }

    /**
     * Whether a public key is of the type this algorithm uses.
     *
     * @param key the key
     * @return true for an EC key with ES256 or an RSA key with RS256
     */
    public boolean fits(PublicKey key) {
        return this == ES256 ? key instanceof ECPublicKey : key instanceof RSAPublicKey;
    }

    /**
     * Signs.
     *
     * @param key the private key
     * @param input the signing input
     * @return the JWS signature (R||S for ES256)
     */
    public byte[] sign(PrivateKey key, byte[] input) {
        try {
            Signature signature = Signature.getInstance(jcaName);
            signature.initSign(key);
            signature.update(input);
            byte[] produced = signature.sign();
            return this == ES256 ? EcdsaSignatures.derToRaw(produced, P256_SIZE) : produced;
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("sign a JWS with " + name(), e);
        }
    }

    /**
     * Verifies.
     *
     * @param key the public key, of this algorithm's type
     * @param input the signing input
     * @param jwsSignature the JWS signature
     * @return true if the signature verifies
     */
    public boolean verify(PublicKey key, byte[] input, byte[] jwsSignature) {
        byte[] jca;
        if (this == ES256) {
            try {
                jca = EcdsaSignatures.rawToDer(jwsSignature, P256_SIZE);
            } catch (IllegalArgumentException e) {
                return false;
            }
        } else {
            jca = jwsSignature;
        }
        try {
            Signature signature = Signature.getInstance(jcaName);
            signature.initVerify(key);
            signature.update(input);
            return signature.verify(jca);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("verify a JWS with " + name(), e);
        }
    }
}
