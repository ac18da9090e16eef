package fr.eadmin.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampTokenTest {
    private static final Instant TIME = Instant.parse("2026-03-14T09:00:00Z");

    @Test
    void keepsItsOwnCopyOfTheBytes() {
        byte[] bytes = {1, 2, 3};
        TimestampToken token = new TimestampToken(bytes, TIME);

        bytes[0] = 9;
        token.encoded()[1] = 9;

        assertThat(token.encoded()).containsExactly(1, 2, 3);
    }

    @Test
    void isEqualByContent() {
        assertThat(new TimestampToken(new byte[] {1, 2}, TIME))
                .isEqualTo(new TimestampToken(new byte[] {1, 2}, TIME))
                .hasSameHashCodeAs(new TimestampToken(new byte[] {1, 2}, TIME))
                .isNotEqualTo(new TimestampToken(new byte[] {1, 3}, TIME))
                .isNotEqualTo(new TimestampToken(new byte[] {1, 2}, TIME.plusNanos(1)))
                .hasToString("TimestampToken[2 bytes, 2026-03-14T09:00:00Z]");
    }

    @Test
    void refusesAnEmptyToken() {
        assertThatThrownBy(() -> new TimestampToken(new byte[0], TIME)).isInstanceOf(IllegalArgumentException.class);
    }
}
