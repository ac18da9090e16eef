package fr.eadmin.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ValidityRuleTest {
    private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

    @Test
    void permanentHasNoEndUnlessTheDocumentExpires() {
        ValidityRule rule = ValidityRule.permanent();
        assertThat(rule.validUntil(JAN_15, null)).isNull();
        assertThat(rule.validUntil(JAN_15, LocalDate.of(2030, 1, 1))).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(rule.needsExpiryDate()).isFalse();
    }

    @Test
    void periodEndsTheDayBeforeTheDocumentIsThatOld() {
        ValidityRule troisMois = ValidityRule.periodFromDocumentDate(Period.ofMonths(3));
        assertThat(troisMois.validUntil(JAN_15, null)).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(troisMois.validUntil(LocalDate.of(2026, 3, 1), null)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(ValidityRule.periodFromDocumentDate(Period.ofDays(1)).validUntil(JAN_15, null))
                .isEqualTo(JAN_15);
    }

    @Test
    void periodReachesTheEndOfAShorterMonth() {
        ValidityRule troisMois = ValidityRule.periodFromDocumentDate(Period.ofMonths(3));
        // 28 February 2027 minus 3 months is 28 November: still less than 3 months after 30 November.
        assertThat(troisMois.validUntil(LocalDate.of(2026, 11, 30), null)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(troisMois.validUntil(LocalDate.of(2027, 11, 30), null)).isEqualTo(LocalDate.of(2028, 2, 29));
        ValidityRule unMois = ValidityRule.periodFromDocumentDate(Period.ofMonths(1));
        assertThat(unMois.validUntil(LocalDate.of(2026, 3, 31), null)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(unMois.validUntil(LocalDate.of(2026, 1, 31), null)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void periodStopsAtAnEarlierExpiryDate() {
        ValidityRule troisMois = ValidityRule.periodFromDocumentDate(Period.ofMonths(3));
        assertThat(troisMois.validUntil(JAN_15, LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(troisMois.validUntil(JAN_15, LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2026, 4, 14));
    }

    @Test
    void rejectsAnEmptyOrNegativePeriod() {
        assertThatThrownBy(() -> ValidityRule.periodFromDocumentDate(Period.ZERO))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessage("validity.period: must be positive");
        assertThatThrownBy(() -> ValidityRule.periodFromDocumentDate(Period.ofMonths(-3)))
                .isInstanceOf(InvalidDossierException.class);
        assertThatThrownBy(() -> ValidityRule.periodFromDocumentDate(Period.of(0, 3, -1)))
                .isInstanceOf(InvalidDossierException.class);
    }

    @Test
    void untilExpiryDateNeedsTheExpiryDate() {
        ValidityRule rule = ValidityRule.untilExpiryDate();
        assertThat(rule.needsExpiryDate()).isTrue();
        assertThat(rule.validUntil(JAN_15, LocalDate.of(2036, 1, 14))).isEqualTo(LocalDate.of(2036, 1, 14));
        assertThatThrownBy(() -> rule.validUntil(JAN_15, null))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessage("piece.expiryDate: is required for this type of pièce");
    }

    @Test
    void untilEndOfYearCountsCalendarYears() {
        assertThat(ValidityRule.untilEndOfYear(0).validUntil(JAN_15, null)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ValidityRule.untilEndOfYear(1).validUntil(LocalDate.of(2026, 12, 31), null))
                .isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(ValidityRule.untilEndOfYear(1).validUntil(JAN_15, LocalDate.of(2026, 6, 30)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> ValidityRule.untilEndOfYear(-1)).isInstanceOf(InvalidDossierException.class);
        assertThatThrownBy(() -> ValidityRule.untilEndOfYear(11))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessage("validity.yearsAfter: must be between 0 and 10");
    }
}
