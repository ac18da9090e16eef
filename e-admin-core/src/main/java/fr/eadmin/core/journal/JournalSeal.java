package fr.eadmin.core.journal;

import fr.eadmin.core.spi.TimestampToken;
import java.time.Instant;
import java.util.Objects;

/**
 * A trusted timestamp of the journal's head: the hash of the entry at {@code position}, attested by a {@link
 * fr.eadmin.core.spi.Timestamper}. Since every hash covers every entry before it, a seal proves that the
 * whole journal up to its position existed, as it is, at the token's time.
 *
 * @param position the position of the sealed entry, from 1
 * @param hash the hash of that entry, which the token attests
 * @param token the timestamp token
 */
public record JournalSeal(long position, JournalHash hash, TimestampToken token) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the position is below 1
     */
    public JournalSeal {
        if (position < 1) {
            throw new IllegalArgumentException("journal positions start at 1");
        }
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(token, "token");
    }

    /**
     * The time the token attests.
     *
     * @return the time
     */
    public Instant time() {
        return token.time();
    }
}
