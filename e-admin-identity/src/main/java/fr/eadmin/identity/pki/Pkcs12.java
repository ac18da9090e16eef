package fr.eadmin.identity.pki;

import fr.eadmin.identity.SigningCredential;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * PKCS#12 files holding one key and its certificate chain, read and written with the JDK's PKCS12 key
 * store (whose defaults since Java 12 are PBES2 with AES-256 and an HMAC-SHA-256 integrity check, which
 * openssl 3 reads). The file is written to a temporary file then moved into place, so a
 * crash never leaves half a key store.
 */
public final class Pkcs12 {
    /** The alias under which the key is saved. */
    public static final String ALIAS = "e-admin";

    private Pkcs12() {}

    /**
     * Saves a credential's key and chain, protected by a password.
     *
     * @param credential the credential (its key must be extractable: not an HSM key)
     * @param file the file to write, replaced if it exists
     * @param password the password protecting the key and the file
     * @throws UnreadableKeyStoreException if the file cannot be written
     */
    public static void save(SigningCredential credential, Path file, char[] password) {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    ALIAS, credential.privateKey(), password, credential.chain().toArray(new Certificate[0]));
            Path parent = file.toAbsolutePath().getParent();
            Path temporary = Files.createTempFile(parent, ".pkcs12-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new UnreadableKeyStoreException("cannot write the PKCS#12 file", e);
        }
    }

    /**
     * Loads the first key entry of a PKCS#12 file with its chain.
     *
     * @param file the file
     * @param password its password
     * @return the credential
     * @throws UnreadableKeyStoreException if the file is missing or damaged, the password is wrong, or the
     *     file holds no key with an X.509 chain
     */
    public static SigningCredential load(Path file, char[] password) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                    continue;
                }
                List<X509Certificate> certificates = new ArrayList<>();
                for (Certificate certificate : chain) {
                    if (!(certificate instanceof X509Certificate x509)) {
                        throw new UnreadableKeyStoreException("the chain holds a certificate that is not X.509", null);
                    }
                    certificates.add(x509);
                }
                return SigningCredential.of(privateKey, certificates);
            }
            throw new UnreadableKeyStoreException("the file holds no private key with its chain", null);
        } catch (IOException | GeneralSecurityException e) {
            throw new UnreadableKeyStoreException("wrong password, or a damaged or missing file", e);
        }
    }
}
