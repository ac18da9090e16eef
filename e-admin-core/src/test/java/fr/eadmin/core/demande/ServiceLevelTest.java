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
    void combinesTheLevelsOfSeveralTeleservicesIntoTheTownsFigure() {
        LateDemande later = new LateDemande(
                DemandeId.random(),
                new DemandeReference(2026, 7),
                DemandeState.EN_INSTRUCTION,
                FROM.plusDays(20),
                true);
        LateDemande sooner = new LateDemande(
                DemandeId.random(), new DemandeReference(2026, 9), DemandeState.INCOMPLETE, FROM.plusDays(10), false);
        ServiceLevel actes = new ServiceLevel(
                "acte-naissance",
                FROM,
                FROM.plusMonths(3),
                FROM.plusMonths(4),
                5,
                4,
                3,
                0,
                new TreeMap<>(Map.of(2, 3L, 9, 1L)),
                new TreeMap<>(Map.of(2, 3L, 7, 1L)),
                List.of(later));
        ServiceLevel ecoles = new ServiceLevel(
                "inscription-scolaire",
                FROM,
                FROM.plusMonths(3),
                FROM.plusMonths(4),
                3,
                2,
                1,
                1,
                new TreeMap<>(Map.of(2, 1L, 12, 1L)),
                new TreeMap<>(Map.of(2, 1L, 8, 1L)),
                List.of(sooner));

        ServiceLevel town = ServiceLevel.combine("mairie", List.of(actes, ecoles));

        assertThat(town.teleservice()).isEqualTo("mairie");
        assertThat(town.received()).isEqualTo(8);
        assertThat(town.decided()).isEqualTo(6);
        assertThat(town.decidedWithinDelay()).isEqualTo(4);
        assertThat(town.implicitDecisions()).isEqualTo(1);
        assertThat(town.businessDays()).containsExactly(Map.entry(2, 4L), Map.entry(7, 1L), Map.entry(8, 1L));
        assertThat(town.days()).containsExactly(Map.entry(2, 4L), Map.entry(9, 1L), Map.entry(12, 1L));
        // 4 of the 6 decided demandes took at most 6 business days.
        assertThat(town.shareDecidedWithinBusinessDays(6)).isEqualTo(4.0 / 6);
        assertThat(town.late()).containsExactly(sooner, later);
    }

    @Test
    void refusesToCombineLevelsOfDifferentPeriodsOrNone() {
        ServiceLevel first = level(Map.of(1, 1L), 1);
        ServiceLevel otherPeriod = new ServiceLevel(
                "inscription-scolaire",
                FROM.plusMonths(3),
                FROM.plusMonths(6),
                FROM.plusMonths(7),
                0,
                0,
                0,
                0,
                new TreeMap<>(),
                new TreeMap<>(),
                List.of());

        assertThatThrownBy(() -> ServiceLevel.combine("mairie", List.of(first, otherPeriod)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same period");
        assertThatThrownBy(() -> ServiceLevel.combine("mairie", List.of()))
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
