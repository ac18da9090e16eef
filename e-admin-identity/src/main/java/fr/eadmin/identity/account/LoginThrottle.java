package fr.eadmin.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Slows down password guessing: failed attempts are counted per account (its login key, whether the
 * account exists or not) and per source (an IP address), and after a number of free failures each further
 * one doubles the wait, up to a ceiling.
 *
 * <p>Arithmetic, for {@code n} failures: no wait while {@code n <= free}; then {@code base * 2^(n - free -
 * 1)}, capped at {@code max}, counted from the last failure. Counters are forgotten {@code forgetAfter} the
 * last failure; a success resets the account's counter, never the source's (one account of his own must
 * not let an attacker reset it). Memory is bounded: each table keeps at most {@code maxEntries} keys,
 * evicting the least recently touched. Thread-safe. In memory: each node of a cluster throttles on its own.
 */
public final class LoginThrottle {
    /**
     * The rule for one kind of key.
     *
     * @param freeFailures failures allowed without waiting
     * @param baseDelay the first wait
     * @param maxDelay the longest wait
     * @param forgetAfter how long after the last failure the counter is forgotten
     * @param maxEntries how many keys are kept at most
     */
    public record Settings(
            int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter, int maxEntries) {
        /**
         * Checks the values.
         *
         * @throws IllegalArgumentException if one is out of range
         */
        public Settings {
            Objects.requireNonNull(baseDelay, "baseDelay");
            Objects.requireNonNull(maxDelay, "maxDelay");
            Objects.requireNonNull(forgetAfter, "forgetAfter");
            if (freeFailures < 0 || maxEntries < 1) {
                throw new IllegalArgumentException("free failures not negative, at least one entry");
            }
            if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
                throw new IllegalArgumentException("base delay positive, max delay at least the base");
            }
            if (forgetAfter.compareTo(maxDelay) < 0) {
                throw new IllegalArgumentException("counters are kept at least as long as the longest wait");
            }
        }

        /**
         * The wait after a number of failures.
         *
         * @param failures the failures counted
         * @return the wait, zero while failures are free
         */
        public Duration delayAfter(int failures) {
            if (failures <= freeFailures) {
                return Duration.ZERO;
            }
            int exponent = failures - freeFailures - 1;
            if (exponent >= 40) {
                return maxDelay;
            }
            Duration delay = baseDelay.multipliedBy(1L << exponent);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    private record Entry(int failures, Instant last) {}

    private final Settings accountSettings;
    private final Settings sourceSettings;
    private final Clock clock;
    private final Map<String, Entry> accounts;
    private final Map<String, Entry> sources;

    private LoginThrottle(Settings accountSettings, Settings sourceSettings, Clock clock) {
        this.accountSettings = accountSettings;
        this.sourceSettings = sourceSettings;
        this.clock = clock;
        this.accounts = lru(accountSettings.maxEntries());
        this.sources = lru(sourceSettings.maxEntries());
    }

    /**
     * Per account: 5 free failures, then 1 s doubling up to 15 min; per source: 20 free failures, then 1 s
     * doubling up to 15 min; forgotten after a day; 100 000 keys each.
     *
     * @param clock the clock
     * @return the throttle
     */
    public static LoginThrottle standard(Clock clock) {
        return create(
                new Settings(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1), 100_000),
                new Settings(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1), 100_000),
                clock);
    }

    /**
     * A throttle with chosen settings.
     *
     * @param perAccount the rule per account
     * @param perSource the rule per source
     * @param clock the clock
     * @return the throttle
     */
    public static LoginThrottle create(Settings perAccount, Settings perSource, Clock clock) {
        return new LoginThrottle(
                Objects.requireNonNull(perAccount, "perAccount"),
                Objects.requireNonNull(perSource, "perSource"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * How long to wait before the next attempt for this account from this source.
     *
     * @param account the account key
     * @param source the source
     * @return the wait, empty if an attempt may be made now
     */
    public synchronized Optional<Duration> retryAfter(String account, String source) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(source, "source");
        Instant now = clock.instant();
        Duration wait = max(wait(accounts, accountSettings, account, now), wait(sources, sourceSettings, source, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * Counts a failed attempt.
     *
     * @param account the account key
     * @param source the source
     */
    public synchronized void recordFailure(String account, String source) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(source, "source");
        Instant now = clock.instant();
        increment(accounts, accountSettings, account, now);
        increment(sources, sourceSettings, source, now);
    }

    /**
     * Forgets an account's failures after a successful attempt.
     *
     * @param account the account key
     */
    public synchronized void recordSuccess(String account) {
        accounts.remove(Objects.requireNonNull(account, "account"));
    }

    private static Duration wait(Map<String, Entry> table, Settings settings, String key, Instant now) {
        Entry entry = live(table, settings, key, now);
        if (entry == null) {
            return Duration.ZERO;
        }
        Instant until = entry.last().plus(settings.delayAfter(entry.failures()));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static void increment(Map<String, Entry> table, Settings settings, String key, Instant now) {
        Entry entry = live(table, settings, key, now);
        int failures =
                entry == null ? 1 : (entry.failures() == Integer.MAX_VALUE ? entry.failures() : entry.failures() + 1);
        table.put(key, new Entry(failures, now));
    }

    private static @Nullable Entry live(Map<String, Entry> table, Settings settings, String key, Instant now) {
        Entry entry = table.get(key);
        if (entry != null && !entry.last().plus(settings.forgetAfter()).isAfter(now)) {
            table.remove(key);
            return null;
        }
        return entry;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Map<String, Entry> lru(int maxEntries) {
        return new Lru(maxEntries);
    }

    /** A table that evicts the least recently touched key beyond its size. */
    private static final class Lru extends LinkedHashMap<String, Entry> {
        private static final long serialVersionUID = 1L;
        private final int maxEntries;

        Lru(int maxEntries) {
            super(16, 0.75f, true);
            this.maxEntries = maxEntries;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > maxEntries;
        }
    }
}
