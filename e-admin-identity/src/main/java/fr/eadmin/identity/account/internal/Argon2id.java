package fr.eadmin.identity.account.internal;

import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jspecify.annotations.Nullable;

/**
 * Argon2id (RFC 9106), version 0x13, through Bouncy Castle. The type is set explicitly: Bouncy Castle's
 * parameter builder defaults to Argon2i.
 */
public final class Argon2id {
    private Argon2id() {}

    /**
     * Computes an Argon2id tag.
     *
     * @param password the password bytes
     * @param salt the salt
     * @param memoryKib memory in KiB (m)
     * @param iterations passes (t)
     * @param parallelism lanes (p)
     * @param secret the optional secret value (K), or null
     * @param associatedData the optional associated data (X), or null
     * @param length the tag length in bytes
     * @return the tag
     */
    public static byte[] hash(
            byte[] password,
            byte[] salt,
            int memoryKib,
            int iterations,
            int parallelism,
            byte @Nullable [] secret,
            byte @Nullable [] associatedData,
            int length) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(salt, "salt");
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt);
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (associatedData != null) {
            builder.withAdditional(associatedData);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
