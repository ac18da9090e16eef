package fr.eadmin.identity;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What signing code needs to sign: a private key, the certificate chain of its public key (the signer's
 * certificate first, then its issuers, usually without the root), and optionally the JCA provider that
 * holds the key.
 *
 * <p>The key may come from anywhere: the town's own authority ({@link fr.eadmin.identity.pki}), a PKCS#12
 * file, a qualified seal bought from a trust service provider, or an HSM through the PKCS#11 provider
 * (then give that provider, since the key cannot leave it). Signing code never sees a key store.
 *
 * {@snippet :
 * KeyStore hsm = KeyStore.getInstance("PKCS11", pkcs11Provider);
 * hsm.load(null, pin);
 * SigningCredential seal = SigningCredential.of(
 *                 (PrivateKey) hsm.getKey("cachet", null),
 *                 List.of((X509Certificate) hsm.getCertificate("cachet")))
 *         .withProvider(pkcs11Provider);
 * }
 *
 * @param privateKey the signing key
 * @param chain the certificate chain, signer's certificate first; never empty
 * @param provider the provider holding the key, or null to let JCA choose one
 */
public record SigningCredential(
        PrivateKey privateKey,
        List<X509Certificate> chain,
        @Nullable Provider provider) {
    /**
     * Checks the values and copies the chain.
     *
     * @throws IllegalArgumentException if the chain is empty
     */
    public SigningCredential {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(Objects.requireNonNull(chain, "chain"));
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing credential needs at least the signer's certificate");
        }
    }

    /**
     * A credential whose key any installed JCA provider can use.
     *
     * @param privateKey the signing key
     * @param chain the certificate chain, signer's certificate first
     * @return the credential
     */
    public static SigningCredential of(PrivateKey privateKey, List<X509Certificate> chain) {
        return new SigningCredential(privateKey, chain, null);
    }

    /**
     * The same credential, signing with a given provider (the PKCS#11 provider of an HSM, for example).
     *
     * @param keyProvider the provider that holds the key
     * @return the credential
     */
    public SigningCredential withProvider(Provider keyProvider) {
        return new SigningCredential(privateKey, chain, Objects.requireNonNull(keyProvider, "keyProvider"));
    }

    /**
     * The signer's certificate.
     *
     * @return the first certificate of the chain
     */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The provider holding the key, if one was given.
     *
     * @return the provider, or empty to let JCA choose
     */
    public Optional<Provider> keyProvider() {
        return Optional.ofNullable(provider);
    }

    /** Says whose credential this is, never anything about the key. */
    @Override
    public String toString() {
        return "SigningCredential[serial " + certificate().getSerialNumber().toString(16) + ", chain of " + chain.size()
                + "]";
    }
}
