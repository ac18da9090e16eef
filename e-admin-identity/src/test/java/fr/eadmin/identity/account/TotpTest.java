package fr.eadmin.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    private static final TotpSecret SHA1_SEED =
            new TotpSecret("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private static final TotpSecret SHA256_SEED =
            new TotpSecret("12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII));

    /** RFC 6238, Appendix B (8 digits, 30 s). */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246",
        "1111111109, 07081804, 68084774",
        "1111111111, 14050471, 67062674",
        "1234567890, 89005924, 91819424",
        "2000000000, 69279037, 90698825",
        "20000000000, 65353130, 77737706"
    })
    void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256) {
        Totp totpSha1 = Totp.of(TotpAlgorithm.SHA1, 8, Duration.ofSeconds(30), 1);
        Totp totpSha256 = Totp.of(TotpAlgorithm.SHA256, 8, Duration.ofSeconds(30), 1);
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(totpSha1.code(SHA1_SEED, totpSha1.step(at))).isEqualTo(sha1);
        assertThat(totpSha256.code(SHA256_SEED, totpSha256.step(at))).isEqualTo(sha256);
        assertThat(totpSha1.verify(SHA1_SEED, sha1, 0, at)).hasValue(totpSha1.step(at));
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcValues() {
        Totp totp = Totp.standard();
        assertThat(totp.code(SHA1_SEED, totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void acceptsOneStepOfDriftOnEitherSideAndNoMore() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = totp.step(now);
        assertThat(totp.verify(SHA1_SEED, totp.code(SHA1_SEED, step - 1), 0, now))
                .hasValue(step - 1);
        assertThat(totp.verify(SHA1_SEED, totp.code(SHA1_SEED, step + 1), 0, now))
                .hasValue(step + 1);
        assertThat(totp.verify(SHA1_SEED, totp.code(SHA1_SEED, step - 2), 0, now))
                .isEmpty();
        assertThat(totp.verify(SHA1_SEED, totp.code(SHA1_SEED, step + 2), 0, now))
                .isEmpty();
    }

    @Test
    void refusesAReplayedCodeAndAnEarlierOne() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = totp.step(now);
        String code = totp.code(SHA1_SEED, step);
        assertThat(totp.verify(SHA1_SEED, code, step, now)).isEmpty();
        assertThat(totp.verify(SHA1_SEED, totp.code(SHA1_SEED, step - 1), step, now))
                .isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(59);
        for (String bad : new String[] {"", "28708", "2870822", "28708a", " 287082", "２８７０８２"}) {
            assertThat(totp.verify(SHA1_SEED, bad, 0, now)).as(bad).isEmpty();
        }
    }

    @Test
    void writesAnOtpauthUriWithTheBase32Secret() {
        assertThat(SHA1_SEED.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.standard()
                        .otpauthUri(SHA1_SEED, "Ville de Test", "agent@ville-test.fr")
                        .toString())
                .isEqualTo("otpauth://totp/Ville%20de%20Test:agent%40ville-test.fr"
                        + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Ville%20de%20Test"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void hidesTheSecretInToString() {
        assertThat(SHA1_SEED.toString()).isEqualTo("TotpSecret[20 bytes]");
    }
}
