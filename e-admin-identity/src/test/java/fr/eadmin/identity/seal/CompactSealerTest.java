package fr.eadmin.identity.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.spi.SealRequest;
import fr.eadmin.core.spi.VisibleSeal;
import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.pki.KeyAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactSealerTest {
    private static final TownPki PKI = new TownPki();

    static SealRequest request() throws Exception {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("usager", "Dupont Élodie");
        facts.put("montant", "12,50 EUR");
        return new SealRequest(
                "quittance",
                "Q-2026-00042",
                Instant.parse("2026-03-02T09:15:30Z"),
                facts,
                MessageDigest.getInstance("SHA-256").digest("{\"montant\":1250}".getBytes(StandardCharsets.UTF_8)));
    }

    private final CompactSealer sealer = CompactSealer.create(PKI.seal);
    private final SealVerifier verifier = SealVerifier.create(List.of(PKI.seal.certificate()));

    @Test
    void sealsAndVerifiesTheFactsOffline() throws Exception {
        SealRequest request = request();

        VisibleSeal seal = sealer.seal(request);

        assertThat(seal.payload()).startsWith("EAS1:").matches("[0-9A-Z $%*+\\-./:]+");
        assertThat(seal.payload().length()).isLessThan(400);
        assertThat(seal.reference()).matches("VS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(verifier.verify(seal.payload())).isInstanceOfSatisfying(SealVerification.Valid.class, valid -> {
            assertThat(valid.sealed()).isEqualTo(request);
            assertThat(valid.signer()).isEqualTo(PKI.seal.certificate());
            assertThat(valid.reference()).isEqualTo(seal.reference());
        });
    }

    @Test
    void sealsTheIssueDateToTheSecond() throws Exception {
        SealRequest precise = new SealRequest(
                "quittance",
                "Q-1",
                Instant.parse("2026-03-02T09:15:30.123456Z"),
                Map.of(),
                request().dataSha256());

        SealVerification result = verifier.verify(sealer.seal(precise).payload());

        assertThat(result).isInstanceOfSatisfying(SealVerification.Valid.class, valid -> assertThat(
                        valid.sealed().issuedAt())
                .isEqualTo(Instant.parse("2026-03-02T09:15:30Z")));
    }

    @Test
    void refusesWhatIsNotASealOrNotOurs() throws Exception {
        VisibleSeal seal = sealer.seal(request());
        SealVerifier stranger = SealVerifier.create(List.of(PKI.agent.certificate()));
        String payload = seal.payload();

        assertThat(verifier.verify("HC1:ABC")).isEqualTo(new SealVerification.Invalid(SealFailure.NOT_A_SEAL));
        assertThat(verifier.verify("EAS1:abc")).isEqualTo(new SealVerification.Invalid(SealFailure.MALFORMED));
        assertThat(verifier.verify(payload.substring(0, payload.length() - 3)))
                .isEqualTo(new SealVerification.Invalid(SealFailure.MALFORMED));
        assertThat(stranger.verify(payload)).isEqualTo(new SealVerification.Invalid(SealFailure.UNKNOWN_SIGNER));
        // version 2: first byte 0x02, as Base45 of the first two bytes changes
        byte[] bytes = Base45.decode(payload.substring(5));
        bytes[0] = 2;
        assertThat(verifier.verify("EAS1:" + Base45.encode(bytes)))
                .isEqualTo(new SealVerification.Invalid(SealFailure.UNSUPPORTED_VERSION));
    }

    @Test
    void refusesASealDatedOutsideItsCertificate() throws Exception {
        SealRequest late = new SealRequest(
                "quittance",
                "Q-9",
                Instant.parse("2040-01-01T00:00:00Z"),
                Map.of(),
                request().dataSha256());

        assertThat(verifier.verify(sealer.seal(late).payload()))
                .isEqualTo(new SealVerification.Invalid(SealFailure.CERTIFICATE_NOT_VALID_AT_ISSUE));
    }

    @Test
    void refusesKeysOtherThanP256AndSealsTooLarge() throws Exception {
        TownPki rsa = new TownPki(KeyAlgorithm.RSA_3072);
        String huge = "x".repeat(CompactSealer.MAX_BYTES);
        SealRequest request = request();

        assertThatThrownBy(() -> CompactSealer.create(rsa.seal)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sealer.seal(new SealRequest(
                        "quittance", "Q-1", request.issuedAt(), Map.of("note", huge), request.dataSha256())))
                .isInstanceOfSatisfying(
                        SealTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(CompactSealer.MAX_BYTES));
        assertThatThrownBy(() -> SealVerifier.create(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
