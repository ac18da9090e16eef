package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.TokenPurpose;
import fr.eadmin.identity.account.spi.StoredToken;
import fr.eadmin.identity.account.spi.TokenStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TokenStore}: every implementation's test extends this class and provides the store.
 * Each test uses fresh digests and accounts, so that one database may serve the whole class.
 */
public abstract class TokenStoreContract extends StoreContract<TokenStore> {
    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** For subclasses. */
    protected TokenStoreContract() {}

    private static StoredToken token(
            AccountId account, TokenPurpose purpose, Instant expiresAt, @Nullable Instant usedAt) {
        return token(account, purpose, ISSUED, expiresAt, usedAt);
    }

    private static StoredToken token(
            AccountId account, TokenPurpose purpose, Instant issuedAt, Instant expiresAt, @Nullable Instant usedAt) {
        byte[] digest = new byte[32];
        RANDOM.nextBytes(digest);
        return new StoredToken(HexFormat.of().formatHex(digest), account, purpose, issuedAt, expiresAt, usedAt);
    }

    private static StoredToken fresh(AccountId account, TokenPurpose purpose) {
        return token(account, purpose, ISSUED.plus(Duration.ofHours(1)), null);
    }

    @Test
    void savesAndFindsATokenByDigest() {
        StoredToken token = fresh(AccountId.random(), TokenPurpose.PASSWORD_RESET);
        StoredToken used =
                token(AccountId.random(), TokenPurpose.SECOND_FACTOR, ISSUED.plusSeconds(300), ISSUED.plusSeconds(10));

        store().save(token);
        store().save(used);

        assertThat(store().find(token.digest())).contains(token);
        assertThat(store().find(used.digest())).contains(used);
        assertThat(store().find(fresh(AccountId.random(), TokenPurpose.PASSWORD_RESET)
                        .digest()))
                .isEmpty();
    }

    @Test
    void refusesADigestSavedTwice() {
        StoredToken token = fresh(AccountId.random(), TokenPurpose.EMAIL_VERIFICATION);
        store().save(token);

        assertThatThrownBy(() -> store().save(token)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void marksATokenUsedOnceOnly() {
        StoredToken token = fresh(AccountId.random(), TokenPurpose.PASSWORD_RESET);
        store().save(token);
        Instant at = ISSUED.plusSeconds(60);

        assertThat(store().markUsed(token.digest(), at)).isTrue();
        assertThat(store().markUsed(token.digest(), at.plusSeconds(1))).isFalse();
        assertThat(store().find(token.digest())).map(StoredToken::usedAt).contains(at);
        assertThat(store().markUsed(
                                fresh(AccountId.random(), TokenPurpose.PASSWORD_RESET)
                                        .digest(),
                                at))
                .isFalse();
    }

    @Test
    void letsExactlyOneOfConcurrentRedemptionsWin() throws Exception {
        for (int round = 0; round < 5; round++) {
            StoredToken token = fresh(AccountId.random(), TokenPurpose.PASSWORD_RESET);
            store().save(token);
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Instant at = ISSUED.plusSeconds(i + 1);
                tasks.add(() -> store().markUsed(token.digest(), at));
            }

            assertThat(Concurrency.runTogether(tasks)).containsOnlyOnce(true);
        }
    }

    @Test
    void revokesTheUnusedTokensOfOneAccountAndPurpose() {
        AccountId account = AccountId.random();
        StoredToken first = fresh(account, TokenPurpose.PASSWORD_RESET);
        StoredToken second = fresh(account, TokenPurpose.PASSWORD_RESET);
        StoredToken alreadyUsed =
                token(account, TokenPurpose.PASSWORD_RESET, ISSUED.plusSeconds(3600), ISSUED.plusSeconds(5));
        StoredToken otherPurpose = fresh(account, TokenPurpose.EMAIL_VERIFICATION);
        StoredToken otherAccount = fresh(AccountId.random(), TokenPurpose.PASSWORD_RESET);
        for (StoredToken token : List.of(first, second, alreadyUsed, otherPurpose, otherAccount)) {
            store().save(token);
        }
        Instant at = ISSUED.plusSeconds(120);

        assertThat(store().revokeUnused(account, TokenPurpose.PASSWORD_RESET, at))
                .isEqualTo(2);

        assertThat(store().find(first.digest())).map(StoredToken::usedAt).contains(at);
        assertThat(store().find(second.digest())).map(StoredToken::usedAt).contains(at);
        assertThat(store().find(alreadyUsed.digest())).contains(alreadyUsed);
        assertThat(store().find(otherPurpose.digest())).contains(otherPurpose);
        assertThat(store().find(otherAccount.digest())).contains(otherAccount);
    }

    @Test
    void deletesTheTokensExpiredBeforeAnInstant() {
        // long before the other tests' tokens, which a shared database may hold
        Instant issued = Instant.parse("2019-12-31T23:00:00Z");
        Instant cut = Instant.parse("2020-01-01T00:00:00Z");
        StoredToken expired = token(AccountId.random(), TokenPurpose.SECOND_FACTOR, issued, cut.minusSeconds(1), null);
        StoredToken atTheCut = token(AccountId.random(), TokenPurpose.SECOND_FACTOR, issued, cut, null);
        StoredToken later = token(AccountId.random(), TokenPurpose.SECOND_FACTOR, issued, cut.plusSeconds(1), null);
        store().save(expired);
        store().save(atTheCut);
        store().save(later);

        assertThat(store().deleteExpired(cut)).isGreaterThanOrEqualTo(1);

        assertThat(store().find(expired.digest())).isEmpty();
        assertThat(store().find(atTheCut.digest())).contains(atTheCut);
        assertThat(store().find(later.digest())).contains(later);
    }
}
