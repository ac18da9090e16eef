package fr.eadmin.identity.jdbc;

import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.TotpSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts TOTP secrets for the database: AES-256-GCM, a fresh 96-bit IV each time, the account id as
 * associated data. Stored form: version byte {@code 1}, the IV, the ciphertext with its 128-bit tag.
 */
final class TotpSecretCipher {
    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private TotpSecretCipher(SecretKey key) {
        this.key = key;
    }

    static TotpSecretCipher of(SecretKey key) {
        Objects.requireNonNull(key, "key");
        byte[] encoded = key.getEncoded();
        if (!"AES".equals(key.getAlgorithm()) || encoded == null || encoded.length != 32) {
            throw new IllegalArgumentException("TOTP secrets are encrypted with a 256-bit AES key");
        }
        return new TotpSecretCipher(key);
    }

    byte[] encrypt(AccountId account, TotpSecret secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(account));
            byte[] sealed = cipher.doFinal(secret.bytes());
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(VERSION)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("encrypt a TOTP secret", e);
        }
    }

    TotpSecret decrypt(AccountId account, byte[] stored) {
        if (stored.length <= 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new UndecryptableTotpSecretException(account, "not an encrypted TOTP secret", null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + IV_BYTES)));
            cipher.updateAAD(associatedData(account));
            return new TotpSecret(cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES));
        } catch (AEADBadTagException e) {
            throw new UndecryptableTotpSecretException(
                    account, "wrong key, or the secret belongs to another account", e);
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("decrypt a TOTP secret", e);
        }
    }

    private static byte[] associatedData(AccountId account) {
        return ("eadmin-totp:" + account).getBytes(StandardCharsets.US_ASCII);
    }
}
