package fr.eadmin.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    private final LoginThrottle.Settings account =
            new LoginThrottle.Settings(3, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1), 100);
    private final LoginThrottle.Settings source =
            new LoginThrottle.Settings(10, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofDays(1), 100);
    private final LoginThrottle throttle = LoginThrottle.create(account, source, clock);

    @Test
    void doublesTheWaitAfterTheFreeFailuresUpToTheCeiling() {
        assertThat(account.delayAfter(0)).isZero();
        assertThat(account.delayAfter(3)).isZero();
        assertThat(account.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(account.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(account.delayAfter(13)).isEqualTo(Duration.ofSeconds(512));
        assertThat(account.delayAfter(14)).isEqualTo(Duration.ofMinutes(15));
        assertThat(account.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void throttlesAnAccountFromItsLastFailure() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("a@x.fr", "192.0.2.1");
        }
        assertThat(throttle.retryAfter("a@x.fr", "192.0.2.1")).isEmpty();
        throttle.recordFailure("a@x.fr", "192.0.2.1");
        assertThat(throttle.retryAfter("a@x.fr", "192.0.2.9")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.retryAfter("a@x.fr", "192.0.2.9")).contains(Duration.ofMillis(600));
        clock.advance(Duration.ofMillis(600));
        assertThat(throttle.retryAfter("a@x.fr", "192.0.2.9")).isEmpty();
        throttle.recordFailure("a@x.fr", "192.0.2.1");
        assertThat(throttle.retryAfter("a@x.fr", "192.0.2.1")).contains(Duration.ofSeconds(2));
        assertThat(throttle.retryAfter("b@x.fr", "192.0.2.9")).isEmpty();
    }

    @Test
    void throttlesASourceSprayingManyAccounts() {
        for (int i = 0; i < 11; i++) {
            throttle.recordFailure("user" + i + "@x.fr", "198.51.100.7");
        }
        assertThat(throttle.retryAfter("someone@x.fr", "198.51.100.7")).contains(Duration.ofSeconds(2));
        assertThat(throttle.retryAfter("someone@x.fr", "198.51.100.8")).isEmpty();
    }

    @Test
    void aSuccessResetsTheAccountButNotTheSource() {
        for (int i = 0; i < 11; i++) {
            throttle.recordFailure("a@x.fr", "198.51.100.7");
        }
        throttle.recordSuccess("a@x.fr");
        assertThat(throttle.retryAfter("a@x.fr", "203.0.113.1")).isEmpty();
        assertThat(throttle.retryAfter("a@x.fr", "198.51.100.7")).isPresent();
    }

    @Test
    void forgetsFailuresAfterTheForgetPeriod() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("a@x.fr", "192.0.2.1");
        }
        clock.advance(Duration.ofDays(1));
        assertThat(throttle.retryAfter("a@x.fr", "192.0.2.1")).isEmpty();
        throttle.recordFailure("a@x.fr", "192.0.2.1");
        assertThat(throttle.retryAfter("a@x.fr", "192.0.2.1")).isEmpty();
    }

    @Test
    void keepsAtMostMaxEntriesKeys() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("first@x.fr", "192.0.2." + i);
        }
        assertThat(throttle.retryAfter("first@x.fr", "192.0.2.200")).isPresent();
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("other" + i + "@x.fr", "203.0.113." + i);
        }
        assertThat(throttle.retryAfter("first@x.fr", "192.0.2.200")).isEmpty();
    }
}
