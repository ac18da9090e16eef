package fr.eadmin.identity.pki;

import fr.eadmin.identity.CryptographicFailureException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Objects;

/**
 * The key algorithms the town's authority issues keys for, each signing with SHA-256.
 *
 * <p>The choice follows the French Référentiel Général de Sécurité (RGS v2, annex B1) and the ANSSI
 * "Guide des mécanismes cryptographiques" (règles et recommandations, v2.04):
 *
 * <ul>
 *   <li>{@link #EC_P256}: ECDSA over NIST P-256. The guide accepts elliptic curves whose subgroup order has
 *       at least 256 bits (RègleECSECMOD), with no end date announced; P-256 is the curve every verifier
 *       supports (openssl, the JDK, Adobe, the EU DSS), where FRP256v1 is not. The default: short keys,
 *       fast signatures, certificates that fit anywhere.
 *   <li>{@link #RSA_3072}: RSA with a 3072-bit modulus. The guide requires at least 2048 bits for use up to
 *       2030 and 3072 bits beyond (RègleFact-1); a root or a seal kept ten years or more must therefore
 *       use 3072. Public exponent 65537 (above 2^16, RègleFact-2). PKCS#1 v1.5 padding, which the guide
 *       tolerates for signatures and every verifier accepts.
 *   <li>SHA-256 for every digest: a SHA-2 function with at least 256-bit output (RègleHash-1).
 * </ul>
 */
public enum KeyAlgorithm {
    /** ECDSA on the NIST P-256 curve (secp256r1) with SHA-256. */
    EC_P256("EC", "SHA256withECDSA"),
    /** RSA with a 3072-bit modulus, exponent 65537, PKCS#1 v1.5 signatures with SHA-256. */
    RSA_3072("RSA", "SHA256withRSA");

    private final String keyAlgorithm;
    private final String signatureAlgorithm;

    KeyAlgorithm(String keyAlgorithm, String signatureAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /**
     * The JCA name of the keys' algorithm.
     *
     * @return "EC" or "RSA"
     */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /**
     * The JCA name of the signature algorithm.
     *
     * @return "SHA256withECDSA" or "SHA256withRSA"
     */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /**
     * Generates a key pair with the JDK's providers.
     *
     * @param random the source of randomness
     * @return a new key pair
     * @throws CryptographicFailureException if no installed provider can generate it
     */
    public KeyPair generateKeyPair(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm);
            switch (this) {
                case EC_P256 -> generator.initialize(new ECGenParameterSpec("secp256r1"), random);
                case RSA_3072 ->
                    generator.initialize(new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4), random);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("generate a key pair", e);
        }
    }
}
