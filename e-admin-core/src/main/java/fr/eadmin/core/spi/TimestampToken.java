package fr.eadmin.core.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A trusted timestamp of a digest, as a {@link Timestamper} issued it: the token's bytes (for RFC 3161, the
 * DER encoding of the {@code TimeStampToken}) and the time it attests.
 *
 * @param encoded the token's bytes, opaque to core and checked by {@link Timestamper#verify}
 * @param time the time the token attests
 */
public record TimestampToken(byte[] encoded, Instant time) {
    /**
     * Checks the values and copies the bytes.
     *
     * @throws IllegalArgumentException if the token is empty
     */
    public TimestampToken {
        Objects.requireNonNull(encoded, "encoded");
        Objects.requireNonNull(time, "time");
        if (encoded.length == 0) {
            throw new IllegalArgumentException("a timestamp token has at least one byte");
        }
        encoded = encoded.clone();
    }

    /**
     * The token's bytes.
     *
     * @return a copy of the bytes
     */
    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TimestampToken that && Arrays.equals(encoded, that.encoded) && time.equals(that.time);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(encoded) + time.hashCode();
    }

    @Override
    public String toString() {
        return "TimestampToken[" + encoded.length + " bytes, " + time + "]";
    }
}
