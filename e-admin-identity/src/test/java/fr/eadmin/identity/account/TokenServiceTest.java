package fr.eadmin.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.identity.account.memory.InMemoryTokenStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenServiceTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final TokenService tokens = TokenService.create(store, clock, new SecureRandom());
    private final AccountId account = AccountId.random();

    @Test
    void givesThirtyTwoRandomBytesInBase64UrlAndStoresOnlyTheirDigest() {
        IssuedToken token = tokens.issue(account, TokenPurpose.EMAIL_VERIFICATION);
        assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(store.find(token.value())).isEmpty();
    }

    @Test
    void redeemsATokenOnce() {
        IssuedToken token = tokens.issue(account, TokenPurpose.PASSWORD_RESET);
        assertThat(tokens.redeem(token.value(), TokenPurpose.PASSWORD_RESET))
                .isEqualTo(new TokenRedemption.Redeemed(account));
        assertThat(tokens.redeem(token.value(), TokenPurpose.PASSWORD_RESET))
                .isEqualTo(new TokenRedemption.AlreadyUsed());
    }

    @Test
    void refusesAnExpiredToken() {
        IssuedToken token = tokens.issue(account, TokenPurpose.PASSWORD_RESET);
        clock.advance(Duration.ofMinutes(59));
        IssuedToken other = tokens.issue(AccountId.random(), TokenPurpose.PASSWORD_RESET);
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.redeem(token.value(), TokenPurpose.PASSWORD_RESET)).isEqualTo(new TokenRedemption.Expired());
        assertThat(tokens.redeem(other.value(), TokenPurpose.PASSWORD_RESET))
                .isInstanceOf(TokenRedemption.Redeemed.class);
    }

    @Test
    void refusesATokenForAnotherPurposeOrMalformed() {
        IssuedToken token = tokens.issue(account, TokenPurpose.EMAIL_VERIFICATION);
        assertThat(tokens.redeem(token.value(), TokenPurpose.PASSWORD_RESET)).isEqualTo(new TokenRedemption.Unknown());
        for (String bad : new String[] {"", "***", token.value().substring(1), token.value() + "AA", "+/+/"}) {
            assertThat(tokens.redeem(bad, TokenPurpose.EMAIL_VERIFICATION))
                    .as(bad)
                    .isEqualTo(new TokenRedemption.Unknown());
        }
        assertThat(tokens.redeem(token.value(), TokenPurpose.EMAIL_VERIFICATION))
                .isEqualTo(new TokenRedemption.Redeemed(account));
    }

    @Test
    void aNewTokenRevokesTheUnusedOnesOfTheSamePurpose() {
        IssuedToken first = tokens.issue(account, TokenPurpose.PASSWORD_RESET);
        IssuedToken verification = tokens.issue(account, TokenPurpose.EMAIL_VERIFICATION);
        IssuedToken second = tokens.issue(account, TokenPurpose.PASSWORD_RESET);
        assertThat(tokens.redeem(first.value(), TokenPurpose.PASSWORD_RESET))
                .isEqualTo(new TokenRedemption.AlreadyUsed());
        assertThat(tokens.redeem(second.value(), TokenPurpose.PASSWORD_RESET))
                .isEqualTo(new TokenRedemption.Redeemed(account));
        assertThat(tokens.redeem(verification.value(), TokenPurpose.EMAIL_VERIFICATION))
                .isEqualTo(new TokenRedemption.Redeemed(account));
    }

    @Test
    void namesTheHolderOfAValidTokenWithoutUsingIt() {
        IssuedToken token = tokens.issue(account, TokenPurpose.SECOND_FACTOR);
        assertThat(tokens.holder(token.value(), TokenPurpose.SECOND_FACTOR)).contains(account);
        assertThat(tokens.holder(token.value(), TokenPurpose.PASSWORD_RESET)).isEmpty();
        assertThat(tokens.redeem(token.value(), TokenPurpose.SECOND_FACTOR))
                .isEqualTo(new TokenRedemption.Redeemed(account));
        assertThat(tokens.holder(token.value(), TokenPurpose.SECOND_FACTOR)).isEmpty();
    }

    @Test
    void purgesExpiredTokens() {
        tokens.issue(account, TokenPurpose.PASSWORD_RESET);
        assertThat(store.deleteExpired(clock.instant())).isZero();
        assertThat(store.deleteExpired(clock.instant().plus(Duration.ofHours(2))))
                .isEqualTo(1);
    }
}
