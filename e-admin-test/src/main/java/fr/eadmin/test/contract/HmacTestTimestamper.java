package fr.eadmin.test.contract;

import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.core.spi.Timestamper;
import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link Timestamper} for tests only: it attests digests with an HMAC-SHA256 under a secret key of its own,
 * at the time of its clock. It proves nothing to anyone else (whoever holds the key can forge a token), so it
 * must never seal a real journal: production uses an RFC 3161 time-stamping authority.
 *
 * <p>A token is 40 bytes: the time in microseconds since 1970-01-01T00:00:00Z (signed 64-bit big-endian),
 * then HMAC-SHA256(key, digest || those 8 bytes). A token verifies only with the same key, for the same
 * digest, and with the time it states.
 */
public final class HmacTestTimestamper implements Timestamper {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TOKEN_LENGTH = 8 + 32;

    private final SecretKeySpec key;
    private final Clock clock;

    private HmacTestTimestamper(byte[] key, Clock clock) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.clock = clock;
    }

    /**
     * A timestamper with a fresh random key: no other instance verifies its tokens.
     *
     * @param clock the clock giving the times attested
     * @return the timestamper
     */
    public static HmacTestTimestamper withRandomKey(Clock clock) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return withKey(key, clock);
    }

    /**
     * A timestamper with the given key: instances with the same key verify each other's tokens.
     *
     * @param key the secret key, at least 16 bytes
     * @param clock the clock giving the times attested
     * @return the timestamper
     * @throws IllegalArgumentException if the key is shorter than 16 bytes
     */
    public static HmacTestTimestamper withKey(byte[] key, Clock clock) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(clock, "clock");
        if (key.length < 16) {
            throw new IllegalArgumentException("an HMAC key has at least 16 bytes");
        }
        return new HmacTestTimestamper(key.clone(), clock);
    }

    @Override
    public TimestampToken timestamp(byte[] sha256) {
        checkDigest(sha256);
        Instant time = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] timeBytes = timeBytes(time);
        byte[] mac = mac(sha256, timeBytes);
        byte[] token = ByteBuffer.allocate(TOKEN_LENGTH).put(timeBytes).put(mac).array();
        return new TimestampToken(token, time);
    }

    @Override
    public boolean verify(TimestampToken token, byte[] sha256) {
        Objects.requireNonNull(token, "token");
        checkDigest(sha256);
        byte[] encoded = token.encoded();
        if (encoded.length != TOKEN_LENGTH) {
            return false;
        }
        byte[] timeBytes = new byte[8];
        byte[] mac = new byte[32];
        ByteBuffer.wrap(encoded).get(timeBytes).get(mac);
        return MessageDigest.isEqual(timeBytes, timeBytes(token.time()))
                && MessageDigest.isEqual(mac, mac(sha256, timeBytes));
    }

    private static void checkDigest(byte[] sha256) {
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length != DIGEST_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + sha256.length);
        }
    }

    private static byte[] timeBytes(Instant time) {
        return ByteBuffer.allocate(8)
                .putLong(Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1000))
                .array();
    }

    private byte[] mac(byte[] digest, byte[] timeBytes) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(digest);
            return mac.doFinal(timeBytes);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "HmacTestTimestamper";
    }
}
