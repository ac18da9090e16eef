package fr.eadmin.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.identity.account.internal.Argon2id;
import fr.eadmin.identity.account.memory.InMemoryAccountStore;
import fr.eadmin.identity.account.memory.InMemoryTokenStore;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private static final String PASSWORD = "cheval agrafe batterie";
    private static final String SOURCE = "192.0.2.10";

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryAccountStore store = new InMemoryAccountStore();
    private final PasswordHasher hasher = PasswordHasher.standard();
    private final LoginThrottle throttle = LoginThrottle.create(
            new LoginThrottle.Settings(2, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1), 100),
            new LoginThrottle.Settings(50, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1), 100),
            clock);
    private final Totp totp = Totp.standard();
    private final TokenService tokens = TokenService.create(new InMemoryTokenStore(), clock, new SecureRandom());
    private final Authenticator authenticator = Authenticator.create(store, hasher, throttle, totp, tokens, clock);

    private Account usager(String login, AccountStatus status) {
        Account account = Account.newUsager(AccountId.random(), Email.parse(login), clock.instant())
                .withPasswordHash(hasher.hash(PASSWORD))
                .withStatus(status);
        store.create(account);
        return account;
    }

    @Test
    void logsInAnActiveUsager() {
        Account account = usager("jeanne@ville-test.fr", AccountStatus.ACTIVE);
        assertThat(authenticator.login(Email.parse("JEANNE@ville-test.fr"), PASSWORD, SOURCE))
                .isEqualTo(new LoginOutcome.Success(account.id()));
    }

    @Test
    void answersTheSameForAWrongPasswordAnUnknownLoginAndADisabledAccount() {
        usager("jeanne@ville-test.fr", AccountStatus.ACTIVE);
        usager("parti@ville-test.fr", AccountStatus.DISABLED);
        Account noPassword =
                Account.newUsager(AccountId.random(), Email.parse("nouveau@ville-test.fr"), clock.instant());
        store.create(noPassword);
        assertThat(authenticator.login(Email.parse("jeanne@ville-test.fr"), PASSWORD + "!", SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
        assertThat(authenticator.login(Email.parse("inconnu@ville-test.fr"), PASSWORD, SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
        assertThat(authenticator.login(Email.parse("parti@ville-test.fr"), PASSWORD, SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
        assertThat(authenticator.login(Email.parse("nouveau@ville-test.fr"), PASSWORD, SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
    }

    @Test
    void tellsLockedAndUnverifiedOnlyToWhoeverHasThePassword() {
        usager("verrou@ville-test.fr", AccountStatus.LOCKED);
        usager("attente@ville-test.fr", AccountStatus.PENDING_VERIFICATION);
        assertThat(authenticator.login(Email.parse("verrou@ville-test.fr"), "mauvais mot de passe", SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
        assertThat(authenticator.login(Email.parse("verrou@ville-test.fr"), PASSWORD, SOURCE))
                .isEqualTo(new LoginOutcome.Locked());
        assertThat(authenticator.login(Email.parse("attente@ville-test.fr"), PASSWORD, SOURCE))
                .isEqualTo(new LoginOutcome.EmailNotVerified());
    }

    @Test
    void throttlesUnknownAndKnownLoginsAlikeWithoutCheckingThePassword() {
        usager("jeanne@ville-test.fr", AccountStatus.ACTIVE);
        for (String login : new String[] {"jeanne@ville-test.fr", "inconnu@ville-test.fr"}) {
            for (int i = 0; i < 3; i++) {
                authenticator.login(Email.parse(login), "mauvais mot de passe", SOURCE);
            }
            assertThat(authenticator.login(Email.parse(login), PASSWORD, SOURCE))
                    .isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(1)));
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(authenticator.login(Email.parse("jeanne@ville-test.fr"), PASSWORD, SOURCE))
                .isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void rehashesAWeakHashAtTheNextSuccessfulLogin() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PasswordHash weak = PasswordHash.of(
                8192,
                1,
                1,
                salt,
                Argon2id.hash(PASSWORD.getBytes(StandardCharsets.UTF_8), salt, 8192, 1, 1, null, null, 32));
        Account account = Account.newUsager(AccountId.random(), Email.parse("ancien@ville-test.fr"), clock.instant())
                .withPasswordHash(weak)
                .withStatus(AccountStatus.ACTIVE);
        store.create(account);
        assertThat(authenticator.login(account.login(), "pas le bon mot de passe", SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
        assertThat(store.find(account.id()).orElseThrow().value().passwordHash())
                .isEqualTo(weak);
        assertThat(authenticator.login(account.login(), PASSWORD, SOURCE))
                .isEqualTo(new LoginOutcome.Success(account.id()));
        PasswordHash upgraded = store.find(account.id()).orElseThrow().value().passwordHash();
        assertThat(upgraded).isNotNull();
        assertThat(hasher.needsRehash(upgraded)).isFalse();
        assertThat(authenticator.login(account.login(), PASSWORD, SOURCE))
                .isEqualTo(new LoginOutcome.Success(account.id()));
    }

    private Account agent(TotpSecret secret) {
        Account agent = Account.newAgent(
                        AccountId.random(),
                        AccountKind.AGENT,
                        Email.parse("agent@ville-test.fr"),
                        Siren.parse("213 105 554"),
                        clock.instant())
                .withPasswordHash(hasher.hash(PASSWORD))
                .withTotpSecret(secret)
                .withStatus(AccountStatus.ACTIVE);
        store.create(agent);
        return agent;
    }

    private String challenge(Account agent) {
        LoginOutcome outcome = authenticator.login(agent.login(), PASSWORD, SOURCE);
        assertThat(outcome).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(outcome.toString()).isEqualTo("SecondFactorRequired[]");
        return ((LoginOutcome.SecondFactorRequired) outcome).challenge();
    }

    @Test
    void asksAnAgentForTheSecondFactorAndAcceptsEachCodeOnce() {
        TotpSecret secret = TotpSecret.generate(new SecureRandom());
        Account agent = agent(secret);
        String challenge = challenge(agent);
        String code = totp.code(secret, totp.step(clock.instant()));
        String wrong = code.equals("000000") ? "000001" : "000000";
        assertThat(authenticator.secondFactor(challenge, wrong, SOURCE)).isEqualTo(new LoginOutcome.BadCredentials());
        assertThat(authenticator.secondFactor(challenge, code, SOURCE))
                .as("a wrong code leaves the challenge usable")
                .isEqualTo(new LoginOutcome.Success(agent.id()));
        assertThat(authenticator.secondFactor(challenge, code, SOURCE))
                .as("the challenge is used up")
                .isEqualTo(new LoginOutcome.BadCredentials());
        assertThat(authenticator.secondFactor(challenge(agent), code, SOURCE))
                .as("the code is used up")
                .isEqualTo(new LoginOutcome.BadCredentials());
        clock.advance(Duration.ofSeconds(30));
        String next = totp.code(secret, totp.step(clock.instant()));
        assertThat(authenticator.secondFactor(challenge(agent), next, SOURCE))
                .isEqualTo(new LoginOutcome.Success(agent.id()));
    }

    @Test
    void refusesAnExpiredOrReplacedChallenge() {
        TotpSecret secret = TotpSecret.generate(new SecureRandom());
        Account agent = agent(secret);
        String expired = challenge(agent);
        clock.advance(Duration.ofMinutes(5));
        assertThat(authenticator.secondFactor(expired, totp.code(secret, totp.step(clock.instant())), SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
        String replaced = challenge(agent);
        String current = challenge(agent);
        assertThat(authenticator.secondFactor(replaced, totp.code(secret, totp.step(clock.instant())), SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
        assertThat(authenticator.secondFactor(current, totp.code(secret, totp.step(clock.instant())), SOURCE))
                .isEqualTo(new LoginOutcome.Success(agent.id()));
    }

    @Test
    void throttlesSecondFactorGuessesPerAccount() {
        TotpSecret secret = TotpSecret.generate(new SecureRandom());
        Account agent = agent(secret);
        String challenge = challenge(agent);
        String code = totp.code(secret, totp.step(clock.instant()));
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 3; i++) {
            assertThat(authenticator.secondFactor(challenge, wrong, SOURCE))
                    .isEqualTo(new LoginOutcome.BadCredentials());
        }
        assertThat(authenticator.secondFactor(challenge, code, SOURCE))
                .isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(1)));
    }

    @Test
    void refusesTheSecondFactorWithoutAValidChallenge() {
        Account account = usager("jeanne@ville-test.fr", AccountStatus.ACTIVE);
        String notForThis =
                tokens.issue(account.id(), TokenPurpose.PASSWORD_RESET).value();
        assertThat(authenticator.secondFactor(notForThis, "123456", SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
        assertThat(authenticator.secondFactor("pas un défi", "123456", SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
        String forAUsager =
                tokens.issue(account.id(), TokenPurpose.SECOND_FACTOR).value();
        assertThat(authenticator.secondFactor(forAUsager, "123456", SOURCE))
                .isEqualTo(new LoginOutcome.BadCredentials());
    }
}
