package fr.eadmin.identity.account;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.identity.account.spi.AccountStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs holders in: throttling first, then the password, then the account's status, then, for agents who
 * enrolled one, the TOTP second factor.
 *
 * <p>An unknown login, a disabled account or an account without a password costs one Argon2id computation
 * against a dummy hash, like a real one, and answers {@link LoginOutcome.BadCredentials}: neither the
 * answer nor its time tells whether the login exists. {@link LoginOutcome.Locked} and {@link
 * LoginOutcome.EmailNotVerified} are told only to whoever gave the right password. A password hash weaker
 * than the current parameters is replaced after a successful check.
 */
public final class Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
    private static final String TOTP_KEY_PREFIX = "totp:";

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Totp totp;
    private final TokenService tokens;
    private final Clock clock;
    private final PasswordHash dummy;

    private Authenticator(
            AccountStore accounts,
            PasswordHasher hasher,
            LoginThrottle throttle,
            Totp totp,
            TokenService tokens,
            Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.totp = totp;
        this.tokens = tokens;
        this.clock = clock;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummy = hasher.hash(Base64.getEncoder().encodeToString(random));
    }

    /**
     * Creates an authenticator.
     *
     * @param accounts the accounts
     * @param hasher the password hasher, whose parameters new hashes get
     * @param throttle the throttle of failures
     * @param totp the TOTP settings of second factors
     * @param tokens the tokens that carry a login from the password to the second factor
     * @param clock the clock
     * @return the authenticator
     */
    public static Authenticator create(
            AccountStore accounts,
            PasswordHasher hasher,
            LoginThrottle throttle,
            Totp totp,
            TokenService tokens,
            Clock clock) {
        return new Authenticator(
                Objects.requireNonNull(accounts, "accounts"),
                Objects.requireNonNull(hasher, "hasher"),
                Objects.requireNonNull(throttle, "throttle"),
                Objects.requireNonNull(totp, "totp"),
                Objects.requireNonNull(tokens, "tokens"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Checks a login and password.
     *
     * @param login the login typed
     * @param password the password typed
     * @param source where the attempt comes from, such as the client's IP address
     * @return the outcome
     */
    public LoginOutcome login(Email login, String password, String source) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(source, "source");
        String key = Account.loginKey(login);
        Optional<Duration> wait = throttle.retryAfter(key, source);
        if (wait.isPresent()) {
            return new LoginOutcome.Throttled(wait.get());
        }
        Optional<Versioned<Account>> found = accounts.findByLogin(login);
        PasswordHash stored = found.map(v -> v.value().passwordHash()).orElse(null);
        boolean usable =
                found.isPresent() && stored != null && found.get().value().status() != AccountStatus.DISABLED;
        boolean matches = hasher.verify(password, usable ? stored : dummy);
        if (!usable || !matches) {
            throttle.recordFailure(key, source);
            return new LoginOutcome.BadCredentials();
        }
        throttle.recordSuccess(key);
        Versioned<Account> current = rehashIfNeeded(found.get(), stored, password);
        Account account = current.value();
        return switch (account.status()) {
            case LOCKED -> new LoginOutcome.Locked();
            case PENDING_VERIFICATION -> new LoginOutcome.EmailNotVerified();
            case DISABLED -> new LoginOutcome.BadCredentials();
            case ACTIVE ->
                account.totpSecret() != null
                        ? new LoginOutcome.SecondFactorRequired(tokens.issue(account.id(), TokenPurpose.SECOND_FACTOR)
                                .value())
                        : new LoginOutcome.Success(account.id());
        };
    }

    /**
     * Checks the TOTP code of an agent whose password was accepted ({@link
     * LoginOutcome.SecondFactorRequired}). The challenge stays valid after a wrong code (the throttle counts
     * those per account) and is used up by the right one. The step of an accepted code is recorded on the
     * account under its version, so a code is accepted once, even across nodes sharing the store.
     *
     * @param challenge the challenge the password step gave
     * @param code the code typed
     * @param source where the attempt comes from
     * @return {@link LoginOutcome.Success}, {@link LoginOutcome.BadCredentials} (also for an unknown,
     *     expired or used challenge) or {@link LoginOutcome.Throttled}
     */
    public LoginOutcome secondFactor(String challenge, String code, String source) {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Optional<AccountId> holder = tokens.holder(challenge, TokenPurpose.SECOND_FACTOR);
        if (holder.isEmpty()) {
            return new LoginOutcome.BadCredentials();
        }
        AccountId accountId = holder.get();
        String key = TOTP_KEY_PREFIX + accountId;
        Optional<Duration> wait = throttle.retryAfter(key, source);
        if (wait.isPresent()) {
            return new LoginOutcome.Throttled(wait.get());
        }
        Optional<Versioned<Account>> found = accounts.find(accountId);
        if (found.isEmpty()
                || found.get().value().totpSecret() == null
                || found.get().value().status() != AccountStatus.ACTIVE) {
            throttle.recordFailure(key, source);
            return new LoginOutcome.BadCredentials();
        }
        Account account = found.get().value();
        TotpSecret secret = Objects.requireNonNull(account.totpSecret());
        OptionalLong step = totp.verify(secret, code, account.lastTotpStep(), clock.instant());
        if (step.isEmpty()) {
            throttle.recordFailure(key, source);
            return new LoginOutcome.BadCredentials();
        }
        try {
            accounts.update(
                    account.withLastTotpStep(step.getAsLong()), found.get().version());
        } catch (ConcurrentUpdateException e) {
            LOG.info("TOTP code for account {} raced another update; refused", accountId);
            throttle.recordFailure(key, source);
            return new LoginOutcome.BadCredentials();
        }
        if (!(tokens.redeem(challenge, TokenPurpose.SECOND_FACTOR) instanceof TokenRedemption.Redeemed)) {
            return new LoginOutcome.BadCredentials();
        }
        throttle.recordSuccess(key);
        return new LoginOutcome.Success(accountId);
    }

    private Versioned<Account> rehashIfNeeded(Versioned<Account> current, PasswordHash stored, String password) {
        if (!hasher.needsRehash(stored)) {
            return current;
        }
        try {
            Versioned<Account> updated =
                    accounts.update(current.value().withPasswordHash(hasher.hash(password)), current.version());
            LOG.info(
                    "password hash of account {} upgraded to the current parameters",
                    current.value().id());
            return updated;
        } catch (ConcurrentUpdateException e) {
            LOG.info(
                    "password hash of account {} not upgraded: concurrent update",
                    current.value().id());
            return current;
        }
    }
}
