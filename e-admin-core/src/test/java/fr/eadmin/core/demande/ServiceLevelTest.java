package fr.eadmin.core.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ServiceLevelTest {
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    static ServiceLevel level(Map<Integer, Long> days, long within) {
        long decided = days.values().stream().mapToLong(Long::longValue).sum();
        return new ServiceLevel(
                "acte-naissance",
                FROM,
                FROM.plusMonths(3),
                FROM.plusMonths(4),
                decided + 2,
                decided,
                within,
                0,
                new TreeMap<>(days),
                new TreeMap<>(days),
                List.of());
    }

    @Test
    void givesNearestRankPercentilesAndShares() {
        // 100 demandes: 79 decided in at most 6 days, 90 in at most 9, 100 in at most 20.
        ServiceLevel level = level(Map.of(2, 40L, 6, 39L, 9, 11L, 20, 10L), 85);

        assertThat(level.percentileDays(50)).isEqualTo(6);
        assertThat(level.percentileDays(79)).isEqualTo(6);
        assertThat(level.percentileDays(80)).isEqualTo(9);
        assertThat(level.percentileDays(90)).isEqualTo(9);
        assertThat(level.percentileDays(95)).isEqualTo(20);
        assertThat(level.percentileBusinessDays(100)).isEqualTo(20);
        assertThat(level.shareDecidedWithinDays(6)).isEqualTo(0.79);
        assertThat(level.shareDecidedWithinBusinessDays(5)).isEqualTo(0.40);
        assertThat(level.shareDecidedWithinDelay()).isEqualTo(0.85);
    }

    @Test
    void reportsNothingDecidedAsNoPercentileAndNoShare() {
        ServiceLevel level = level(Map.of(), 0);

        assertThat(level.percentileDays(50)).isEqualTo(-1);
        assertThat(level.shareDecidedWithinDays(6)).isZero();
        assertThat(level.shareDecidedWithinDelay()).isZero();
    }

    @Test
    void refusesInconsistentCounts() {
        assertThatThrownBy(() -> new ServiceLevel(
                        "x",
                        FROM,
                        FROM,
                        FROM,
                        1,
                        2,
                        0,
                        0,
                        new TreeMap<>(Map.of(1, 2L)),
                        new TreeMap<>(Map.of(1, 2L)),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceLevel(
                        "x",
                        FROM,
                        FROM,
                        FROM,
                        3,
                        2,
                        0,
                        0,
                        new TreeMap<>(Map.of(1, 1L)),
                        new TreeMap<>(Map.of(1, 2L)),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> level(Map.of(1, 1L), 0).percentileDays(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesAndPrintsReferences() {
        assertThat(DemandeReference.parse("2026-000123")).isEqualTo(new DemandeReference(2026, 123));
        assertThat(new DemandeReference(2026, 1_234_567).toString()).isEqualTo("2026-1234567");
        assertThatThrownBy(() -> DemandeReference.parse("2026-12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemandeReference(1999, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemandeReference(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
