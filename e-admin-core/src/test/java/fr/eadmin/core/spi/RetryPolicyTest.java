package fr.eadmin.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void doublesTheDelayAfterEachFailureUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofMinutes(10));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void givesUpAPermanentFailureOrWhenTheAttemptsAreUsedUp() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofHours(1));

        assertThat(policy.givesUp(1, false)).isTrue();
        assertThat(policy.givesUp(1, true)).isFalse();
        assertThat(policy.givesUp(2, true)).isFalse();
        assertThat(policy.givesUp(3, true)).isTrue();
    }

    @Test
    void standardPolicyRetriesForAboutFourHours() {
        RetryPolicy standard = RetryPolicy.standard();
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < standard.maxAttempts(); failed++) {
            total = total.plus(standard.delayAfter(failed));
        }

        assertThat(standard.maxAttempts()).isEqualTo(10);
        assertThat(total).isEqualTo(Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32 + 60 + 60 + 60));
    }

    @Test
    void refusesValuesOutOfRange() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.standard().delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
