package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.spi.TimestampToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HmacTestTimestamperTest {
    private static final Instant NOW = Instant.parse("2026-03-14T09:00:00.123456789Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
    private static final byte[] KEY = "a test key of 32 bytes, no more.".getBytes(StandardCharsets.US_ASCII);

    private static byte[] sha256(String text) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void attestsADigestAtTheTimeOfItsClock() throws NoSuchAlgorithmException {
        HmacTestTimestamper timestamper = HmacTestTimestamper.withKey(KEY, CLOCK);
        byte[] digest = sha256("journal head");

        TimestampToken token = timestamper.timestamp(digest);

        assertThat(token.time()).isEqualTo(Instant.parse("2026-03-14T09:00:00.123456Z"));
        assertThat(token.encoded()).hasSize(40);
        assertThat(timestamper.verify(token, digest)).isTrue();
        assertThat(HmacTestTimestamper.withKey(KEY.clone(), Clock.systemUTC()).verify(token, digest))
                .isTrue();
    }

    @Test
    void refusesATokenOfAnotherDigest() throws NoSuchAlgorithmException {
        HmacTestTimestamper timestamper = HmacTestTimestamper.withKey(KEY, CLOCK);

        TimestampToken token = timestamper.timestamp(sha256("one"));

        assertThat(timestamper.verify(token, sha256("two"))).isFalse();
    }

    @Test
    void refusesATokenOfAnotherKey() throws NoSuchAlgorithmException {
        byte[] digest = sha256("journal head");

        TimestampToken token = HmacTestTimestamper.withRandomKey(CLOCK).timestamp(digest);

        assertThat(HmacTestTimestamper.withRandomKey(CLOCK).verify(token, digest))
                .isFalse();
    }

    @Test
    void refusesATokenWhoseTimeOrBytesChanged() throws NoSuchAlgorithmException {
        HmacTestTimestamper timestamper = HmacTestTimestamper.withKey(KEY, CLOCK);
        byte[] digest = sha256("journal head");
        TimestampToken token = timestamper.timestamp(digest);
        byte[] flipped = token.encoded();
        flipped[20] ^= 1;

        assertThat(timestamper.verify(
                        new TimestampToken(token.encoded(), token.time().plusSeconds(1)), digest))
                .isFalse();
        assertThat(timestamper.verify(new TimestampToken(flipped, token.time()), digest))
                .isFalse();
        assertThat(timestamper.verify(new TimestampToken(Arrays.copyOf(token.encoded(), 39), token.time()), digest))
                .isFalse();
    }

    @Test
    void refusesDigestsOfTheWrongLengthAndShortKeys() {
        HmacTestTimestamper timestamper = HmacTestTimestamper.withKey(KEY, CLOCK);

        assertThatThrownBy(() -> timestamper.timestamp(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> timestamper.verify(new TimestampToken(new byte[40], NOW), new byte[33]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HmacTestTimestamper.withKey(new byte[15], CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
