package fr.eadmin.identity.account;

import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.account.spi.StoredToken;
import fr.eadmin.identity.account.spi.TokenStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Email verification and password reset tokens: 32 random bytes from a {@link SecureRandom}, given to the
 * holder in Base64url, stored as their SHA-256 digest (a stolen table yields no usable token), single-use
 * and expiring. Issuing a token revokes the unused ones of the same account and purpose.
 */
public final class TokenService {
    private static final int TOKEN_BYTES = 32;

    private final TokenStore store;
    private final Clock clock;
    private final SecureRandom random;

    private TokenService(TokenStore store, Clock clock, SecureRandom random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Creates the service.
     *
     * @param store where digests are kept
     * @param clock the clock
     * @param random the source of tokens
     * @return the service
     */
    public static TokenService create(TokenStore store, Clock clock, SecureRandom random) {
        return new TokenService(
                Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(random, "random"));
    }

    /**
     * Issues a token with the purpose's default validity.
     *
     * @param accountId the account
     * @param purpose what it is for
     * @return the token to send
     */
    public IssuedToken issue(AccountId accountId, TokenPurpose purpose) {
        return issue(
                accountId, purpose, Objects.requireNonNull(purpose, "purpose").defaultValidity());
    }

    /**
     * Issues a token.
     *
     * @param accountId the account
     * @param purpose what it is for
     * @param validity how long it lives, positive, at most 7 days
     * @return the token to send
     */
    public IssuedToken issue(AccountId accountId, TokenPurpose purpose, Duration validity) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero() || validity.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("a token lives more than zero and at most 7 days");
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(validity);
        store.revokeUnused(accountId, purpose, now);
        store.save(new StoredToken(digest(bytes), accountId, purpose, now, expiresAt, null));
        return new IssuedToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), purpose, expiresAt);
    }

    /**
     * Redeems a token: if it is known, for this purpose, unused and not expired, marks it used.
     *
     * @param token the token as the holder sent it
     * @param purpose what it must be for
     * @return the outcome
     */
    public TokenRedemption redeem(String token, TokenPurpose purpose) {
        TokenRedemption state = inspect(token, purpose);
        if (!(state instanceof TokenRedemption.Redeemed)) {
            return state;
        }
        if (!store.markUsed(digestOf(token), clock.instant())) {
            return new TokenRedemption.AlreadyUsed();
        }
        return state;
    }

    /**
     * The account a token was issued for, if it is known, for this purpose, unused and not expired,
     * without using it.
     *
     * @param token the token as the holder sent it
     * @param purpose what it must be for
     * @return the account, empty if the token would not be redeemed
     */
    public Optional<AccountId> holder(String token, TokenPurpose purpose) {
        return inspect(token, purpose) instanceof TokenRedemption.Redeemed redeemed
                ? Optional.of(redeemed.accountId())
                : Optional.empty();
    }

    private TokenRedemption inspect(String token, TokenPurpose purpose) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(purpose, "purpose");
        String digest = digestOf(token);
        if (digest.isEmpty()) {
            return new TokenRedemption.Unknown();
        }
        Optional<StoredToken> found = store.find(digest);
        if (found.isEmpty()
                || !MessageDigest.isEqual(
                        found.get().digest().getBytes(StandardCharsets.US_ASCII),
                        digest.getBytes(StandardCharsets.US_ASCII))
                || found.get().purpose() != purpose) {
            return new TokenRedemption.Unknown();
        }
        StoredToken stored = found.get();
        if (stored.usedAt() != null) {
            return new TokenRedemption.AlreadyUsed();
        }
        if (!clock.instant().isBefore(stored.expiresAt())) {
            return new TokenRedemption.Expired();
        }
        return new TokenRedemption.Redeemed(stored.accountId());
    }

    /** The digest of a well-formed token, empty if the text is not 32 bytes in Base64url. */
    private static String digestOf(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return "";
        }
        return bytes.length == TOKEN_BYTES ? digest(bytes) : "";
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new CryptographicFailureException("compute a SHA-256 digest", e);
        }
    }
}
