package fr.eadmin.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.InvalidIdentifierException;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.identity.account.memory.InMemoryAccountStore;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Siren TOWN = Siren.parse("213105554");
    private final InMemoryAccountStore store = new InMemoryAccountStore();

    @Test
    void findsAnAccountByIdAndByLoginIgnoringCase() {
        Account account = Account.newUsager(AccountId.random(), Email.parse("Jeanne.Martin@ville-test.fr"), NOW);
        assertThat(store.create(account)).isEqualTo(new Versioned<>(account, 1));
        assertThat(store.find(account.id())).contains(new Versioned<>(account, 1));
        assertThat(store.findByLogin(Email.parse("jeanne.martin@VILLE-TEST.fr")))
                .contains(new Versioned<>(account, 1));
        assertThat(store.findByLogin(Email.parse("autre@ville-test.fr"))).isEmpty();
    }

    @Test
    void refusesASecondAccountWithTheSameLoginWithoutNamingIt() {
        store.create(Account.newUsager(AccountId.random(), Email.parse("jeanne@ville-test.fr"), NOW));
        assertThatThrownBy(() ->
                        store.create(Account.newUsager(AccountId.random(), Email.parse("JEANNE@ville-test.fr"), NOW)))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageNotContaining("jeanne");
    }

    @Test
    void updatesUnderOptimisticLocking() {
        Account account = Account.newUsager(AccountId.random(), Email.parse("jeanne@ville-test.fr"), NOW);
        store.create(account);
        Versioned<Account> active = store.update(account.withStatus(AccountStatus.ACTIVE), 1);
        assertThat(active.version()).isEqualTo(2);
        assertThatThrownBy(() -> store.update(account.withStatus(AccountStatus.LOCKED), 1))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() ->
                        store.update(Account.newUsager(AccountId.random(), Email.parse("x@ville-test.fr"), NOW), 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void movesTheLoginKeyWhenTheLoginChangesAndRefusesATakenOne() {
        Account first = Account.newUsager(AccountId.random(), Email.parse("un@ville-test.fr"), NOW);
        Account second = Account.newUsager(AccountId.random(), Email.parse("deux@ville-test.fr"), NOW);
        store.create(first);
        store.create(second);
        Account renamed = new Account(
                first.id(), first.kind(), Email.parse("trois@ville-test.fr"), first.status(), null, null, 0, null, NOW);
        store.update(renamed, 1);
        assertThat(store.findByLogin(Email.parse("un@ville-test.fr"))).isEmpty();
        assertThat(store.findByLogin(Email.parse("trois@ville-test.fr"))).isPresent();
        Account clash = new Account(
                second.id(),
                second.kind(),
                Email.parse("trois@ville-test.fr"),
                second.status(),
                null,
                null,
                0,
                null,
                NOW);
        assertThatThrownBy(() -> store.update(clash, 1)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anAgentBelongsToAnOrganisationAndOnlyAgentsEnrolTotp() {
        Email login = Email.parse("agent@ville-test.fr");
        TotpSecret secret = TotpSecret.generate(new SecureRandom());
        assertThat(Account.newAgent(AccountId.random(), AccountKind.PARTNER_AGENT, login, TOWN, NOW)
                        .withTotpSecret(secret)
                        .totpSecret())
                .isEqualTo(secret);
        assertThatThrownBy(() -> new Account(
                        AccountId.random(), AccountKind.AGENT, login, AccountStatus.ACTIVE, null, null, 0, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account(
                        AccountId.random(), AccountKind.USAGER, login, AccountStatus.ACTIVE, null, null, 0, TOWN, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> Account.newUsager(AccountId.random(), login, NOW).withTotpSecret(secret))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> Account.newUsager(AccountId.random(), login, NOW).withLastTotpStep(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesOnlyCanonicalAccountIds() {
        AccountId id = AccountId.random();
        assertThat(AccountId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> AccountId.parse("pas-un-uuid")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> AccountId.parse("1-1-1-1-1")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void refusesTotpSecretsOfTheWrongLength() {
        assertThatThrownBy(() -> new TotpSecret(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TotpSecret(new byte[65])).isInstanceOf(IllegalArgumentException.class);
    }
}
