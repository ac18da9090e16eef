package fr.eadmin.identity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.AccountKind;
import fr.eadmin.identity.account.TotpSecret;
import fr.eadmin.identity.account.spi.AccountStore;
import fr.eadmin.test.contract.AccountStoreContract;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The account store contract with TOTP secrets encrypted, and what the encryption guarantees. */
abstract class JdbcAccountStoreTestCases extends AccountStoreContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SecretKey KEY = aesKey();

    /** @return the data source of the test class's database, with identity's schema applied */
    abstract DataSource dataSource();

    @Override
    protected AccountStore newStore() {
        return JdbcAccountStore.encryptingTotpSecrets(dataSource(), KEY);
    }

    private static SecretKey aesKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    private static Account agentWithSecondFactor(TotpSecret secret) {
        Email login = Email.parse("agent." + UUID.randomUUID().toString().substring(0, 8) + "@ville-test.fr");
        return Account.newAgent(
                        AccountId.random(),
                        AccountKind.AGENT,
                        login,
                        Siren.parse("213105554"),
                        Instant.parse("2026-03-02T09:00:00Z"))
                .withTotpSecret(secret);
    }

    private byte[] storedSecret(AccountId id) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT totp_secret FROM eadmin_account WHERE id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBytes(1);
            }
        }
    }

    @Test
    void keepsTheTotpSecretEncryptedInTheDatabase() throws SQLException {
        TotpSecret secret = TotpSecret.generate(RANDOM);
        Account agent = agentWithSecondFactor(secret);
        store().create(agent);

        byte[] stored = storedSecret(agent.id());

        assertThat(stored).hasSize(1 + 12 + 20 + 16);
        for (int i = 0; i + 20 <= stored.length; i++) {
            assertThat(Arrays.copyOfRange(stored, i, i + 20)).isNotEqualTo(secret.bytes());
        }
        assertThat(store().find(agent.id()).orElseThrow().value().totpSecret()).isEqualTo(secret);
    }

    @Test
    void refusesToDecryptWithAnotherKeyOrForAnotherAccount() throws SQLException {
        Account first = agentWithSecondFactor(TotpSecret.generate(RANDOM));
        Account second = agentWithSecondFactor(TotpSecret.generate(RANDOM));
        store().create(first);
        store().create(second);

        AccountStore otherKey = JdbcAccountStore.encryptingTotpSecrets(dataSource(), aesKey());
        assertThatThrownBy(() -> otherKey.find(first.id()))
                .isInstanceOfSatisfying(UndecryptableTotpSecretException.class, e -> assertThat(e.account())
                        .isEqualTo(first.id()));

        try (Connection connection = dataSource().getConnection();
                PreparedStatement copy =
                        connection.prepareStatement("UPDATE eadmin_account SET totp_secret = ? WHERE id = ?")) {
            copy.setBytes(1, storedSecret(first.id()));
            copy.setObject(2, second.id().value());
            assertThat(copy.executeUpdate()).isEqualTo(1);
        }
        assertThatThrownBy(() -> store().find(second.id())).isInstanceOf(UndecryptableTotpSecretException.class);
    }

    @Test
    void keepsTheSecretAsItIsWithoutAKey() throws SQLException {
        TotpSecret secret = TotpSecret.generate(RANDOM);
        Account agent = agentWithSecondFactor(secret);
        AccountStore clear = JdbcAccountStore.create(dataSource());
        clear.create(agent);

        assertThat(storedSecret(agent.id())).isEqualTo(secret.bytes());
        assertThat(clear.find(agent.id()).orElseThrow().value().totpSecret()).isEqualTo(secret);
        assertThatThrownBy(() -> store().find(agent.id())).isInstanceOf(UndecryptableTotpSecretException.class);
    }

    @Test
    void acceptsOnlyA256BitAesKey() {
        assertThatThrownBy(() ->
                        JdbcAccountStore.encryptingTotpSecrets(dataSource(), new SecretKeySpec(new byte[16], "AES")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcAccountStore.encryptingTotpSecrets(
                        dataSource(), new SecretKeySpec(new byte[32], "HmacSHA256")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
