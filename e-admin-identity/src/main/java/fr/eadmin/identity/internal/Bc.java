package fr.eadmin.identity.internal;

import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.SigningCredential;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Bouncy Castle glue shared by the module. The provider is an instance used explicitly, never registered
 * with {@link java.security.Security}: the application's JCA configuration stays as it is.
 */
public final class Bc {
    /** The Bouncy Castle provider, for operations on public material (certificates, verification). */
    public static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private Bc() {}

    /**
     * The signature algorithm for a key: SHA-256 with ECDSA or with RSA (PKCS#1 v1.5).
     *
     * @param keyAlgorithm the JCA name of the key's algorithm ("EC", "RSA")
     * @return the JCA signature algorithm
     */
    public static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("unsupported key algorithm: " + keyAlgorithm);
        };
    }

    /**
     * A content signer for a credential, with the credential's provider if it has one.
     *
     * @param credential the credential
     * @return the signer
     */
    public static ContentSigner signer(SigningCredential credential) {
        return signer(
                credential.privateKey(), credential.certificate().getPublicKey().getAlgorithm(), credential.provider());
    }

    /**
     * A content signer for a key, with a provider if one is given.
     *
     * @param key the private key
     * @param keyAlgorithm the JCA name of the key's algorithm
     * @param provider the provider holding the key, or null to let JCA choose
     * @return the signer
     */
    public static ContentSigner signer(PrivateKey key, String keyAlgorithm, @Nullable Provider provider) {
        JcaContentSignerBuilder builder = new JcaContentSignerBuilder(signatureAlgorithm(keyAlgorithm));
        if (provider != null) {
            builder.setProvider(provider);
        }
        try {
            return builder.build(key);
        } catch (OperatorCreationException e) {
            throw new CryptographicFailureException("create a signer", e);
        }
    }

    /**
     * A verifier provider for a public key.
     *
     * @param key the key
     * @return the provider
     */
    public static ContentVerifierProvider verifier(PublicKey key) {
        try {
            return new JcaContentVerifierProviderBuilder().setProvider(PROVIDER).build(key);
        } catch (OperatorCreationException e) {
            throw new CryptographicFailureException("create a verifier", e);
        }
    }

    /**
     * The digest calculators.
     *
     * @return the provider of digest calculators
     */
    public static DigestCalculatorProvider digests() {
        try {
            return new JcaDigestCalculatorProviderBuilder()
                    .setProvider(PROVIDER)
                    .build();
        } catch (OperatorCreationException e) {
            throw new CryptographicFailureException("create a digest calculator", e);
        }
    }

    /**
     * A JCA certificate from a Bouncy Castle holder.
     *
     * @param holder the holder
     * @return the certificate
     */
    public static X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder);
        } catch (CertificateException e) {
            throw new CryptographicFailureException("convert a certificate", e);
        }
    }

    /**
     * A Bouncy Castle holder of a JCA certificate.
     *
     * @param certificate the certificate
     * @return the holder
     */
    public static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | java.io.IOException e) {
            throw new CryptographicFailureException("encode a certificate", e);
        }
    }
}
