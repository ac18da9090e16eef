package fr.eadmin.identity.account;

import fr.eadmin.identity.account.internal.Base32;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The shared secret of a TOTP second factor. {@link #toString()} does not show it.
 *
 * @param bytes the secret, at least 16 bytes (RFC 4226 section 4 asks for 128 bits, recommends 160)
 */
public record TotpSecret(byte[] bytes) {
    /**
     * Checks the length and keeps a copy.
     *
     * @throws IllegalArgumentException if shorter than 16 bytes or longer than 64
     */
    public TotpSecret {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < 16 || bytes.length > 64) {
            throw new IllegalArgumentException("a TOTP secret has 16 to 64 bytes, got " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /**
     * A new random secret of 20 bytes (160 bits, the length RFC 4226 recommends).
     *
     * @param random the source
     * @return the secret
     */
    public static TotpSecret generate(SecureRandom random) {
        byte[] bytes = new byte[20];
        Objects.requireNonNull(random, "random").nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    /** {@return a copy of the secret} */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return the secret in Base32 without padding, as authenticator applications read it} */
    public String base32() {
        return Base32.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[" + bytes.length + " bytes]";
    }
}
