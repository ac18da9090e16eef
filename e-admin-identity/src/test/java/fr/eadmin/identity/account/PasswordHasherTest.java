package fr.eadmin.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.identity.account.internal.Argon2id;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordHasherTest {
    /**
     * "password", salt "somesalt", Argon2id v19, m=65536, t=2, p=1, 32-byte tag: the string the reference
     * implementation (P-H-C/phc-winner-argon2) writes, listed among the known answers of libar2, an
     * independent C implementation (maandree/libar2, test.c, check_libar2_hash).
     */
    private static final String REFERENCE_PHC =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

    private final PasswordHasher hasher = PasswordHasher.standard();

    @Test
    void matchesTheRfc9106Argon2idTestVector() {
        // RFC 9106, section 5.3: m=32 KiB, t=3, p=4, password 32 x 0x01, salt 16 x 0x02, secret 8 x 0x03,
        // associated data 12 x 0x04.
        byte[] tag = Argon2id.hash(fill(32, 1), fill(16, 2), 32, 3, 4, fill(8, 3), fill(12, 4), 32);
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void writesThePhcStringOfTheReferenceImplementation() {
        byte[] salt = "somesalt".getBytes(StandardCharsets.US_ASCII);
        byte[] tag = Argon2id.hash("password".getBytes(StandardCharsets.UTF_8), salt, 65536, 2, 1, null, null, 32);
        assertThat(PasswordHash.of(65536, 2, 1, salt, tag).value()).isEqualTo(REFERENCE_PHC);
    }

    @Test
    void verifiesAHashWrittenByTheReferenceImplementation() {
        PasswordHash reference = PasswordHash.parse(REFERENCE_PHC);
        assertThat(hasher.verify("password", reference)).isTrue();
        assertThat(hasher.verify("passwore", reference)).isFalse();
        assertThat(reference.memoryKib()).isEqualTo(65536);
        assertThat(reference.iterations()).isEqualTo(2);
        assertThat(reference.parallelism()).isEqualTo(1);
    }

    /** More known answers from libar2's test.c (maandree/libar2), computed there with the reference code. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "password | $argon2id$v=19$m=65536,t=1,p=1$c29tZXNhbHQ$9qWtwbpyPd3vm1rB1GThgPzZ3/ydHL92zKL+15XZypg",
                "password | $argon2id$v=19$m=65536,t=4,p=1$c29tZXNhbHQ$kCXUjmjvc5XMqQedpMTsOv+zyJEf5PhtGiUghW9jFyw",
                "differentpassword | $argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$C4TWUs9rDEvq7w3+J4umqA32aWKB1+DSiRuBfYxFj94",
                "password | $argon2id$v=19$m=65536,t=2,p=1$ZGlmZnNhbHQ$vfMrBczELrFdWP0ZsfhWsRPaHppYdP3MVEMIVlqoFBw"
            })
    void agreesWithAnIndependentImplementation(String password, String phc) {
        PasswordHash known = PasswordHash.parse(phc);
        byte[] tag = Argon2id.hash(
                password.getBytes(StandardCharsets.UTF_8),
                known.salt(),
                known.memoryKib(),
                known.iterations(),
                known.parallelism(),
                null,
                null,
                32);
        assertThat(PasswordHash.of(known.memoryKib(), known.iterations(), known.parallelism(), known.salt(), tag)
                        .value())
                .isEqualTo(phc);
        assertThat(hasher.verify(password, known)).isTrue();
    }

    @Test
    void writesArgon2idWithTheOwaspParametersASixteenByteSaltAndAThirtyTwoByteTag() {
        PasswordHash hash = hasher.hash("un mot de passe assez long");
        assertThat(hash.value()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash.salt()).hasSize(16);
        assertThat(hash.hash()).hasSize(32);
        assertThat(hasher.verify("un mot de passe assez long", hash)).isTrue();
        assertThat(hasher.verify("un mot de passe assez lonG", hash)).isFalse();
        assertThat(hash.toString()).doesNotContain(hash.value().substring(31));
    }

    @Test
    void usesAFreshSaltForEveryHash() {
        assertThat(hasher.hash("même mot de passe").value())
                .isNotEqualTo(hasher.hash("même mot de passe").value());
    }

    @Test
    void normalisesPasswordsToNfkc() {
        PasswordHash composed = hasher.hash("caf\u00e9 au lait du matin");
        assertThat(hasher.verify("cafe\u0301 au lait du matin", composed)).isTrue();
    }

    @Test
    void asksForARehashWhenStoredParametersAreBelowTheCurrentOnes() {
        PasswordHasher stronger = PasswordHasher.create(new PasswordHashingParameters(19456, 3, 1), new SecureRandom());
        PasswordHash weak = hasher.hash("un mot de passe assez long");
        assertThat(hasher.needsRehash(weak)).isFalse();
        assertThat(stronger.needsRehash(weak)).isTrue();
        assertThat(hasher.needsRehash(PasswordHash.parse(REFERENCE_PHC)))
                .as("an 8-byte salt is below ours")
                .isTrue();
        byte[] salt = fill(16, 7);
        PasswordHash lowMemory =
                PasswordHash.of(4096, 2, 1, salt, Argon2id.hash(new byte[] {1}, salt, 4096, 2, 1, null, null, 32));
        assertThat(hasher.needsRehash(lowMemory)).isTrue();
    }

    @Test
    void refusesParametersBelowTheOwaspFloor() {
        assertThatThrownBy(() -> new PasswordHashingParameters(19455, 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHashingParameters(19456, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHashingParameters(19456, 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesStringsThatAreNotArgon2idVersion19() {
        for (String bad : new String[] {
            "",
            "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=16$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ=$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=9999999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHR$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        }) {
            assertThatThrownBy(() -> PasswordHash.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidPasswordHashException.class)
                    .message()
                    .doesNotContain("c29tZ");
        }
    }

    private static byte[] fill(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
