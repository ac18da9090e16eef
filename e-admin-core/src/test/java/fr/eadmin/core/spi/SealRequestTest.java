package fr.eadmin.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealRequestTest {
    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void keepsTheOrderOfFactsAndCopiesTheDigest() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("ref", "2026-000123");
        facts.put("montant", "12,50 €");
        facts.put("date", "02/03/2026");
        byte[] digest = new byte[32];
        SealRequest request = new SealRequest("quittance", "Q-2026-000001", ISSUED, facts, digest);
        digest[0] = 1;
        facts.clear();

        assertThat(request.facts().keySet()).containsExactly("ref", "montant", "date");
        assertThat(request.dataSha256()[0]).isZero();
        assertThat(request)
                .isEqualTo(new SealRequest(
                        "quittance",
                        "Q-2026-000001",
                        ISSUED,
                        Map.of("ref", "2026-000123", "montant", "12,50 €", "date", "02/03/2026"),
                        new byte[32]));
    }

    @Test
    void refusesADigestOfTheWrongLength() {
        assertThatThrownBy(() -> new SealRequest("quittance", "Q-1", ISSUED, Map.of(), new byte[20]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes, got 20");
    }

    @Test
    void aVisibleSealIsPrintableAscii() {
        assertThat(new VisibleSeal("EA1:abc", "VT-7K3M-Q9XZ").reference()).isEqualTo("VT-7K3M-Q9XZ");
        assertThatThrownBy(() -> new VisibleSeal("é", "VT-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VisibleSeal("x", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
