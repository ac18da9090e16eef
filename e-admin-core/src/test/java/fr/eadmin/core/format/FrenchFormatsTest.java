package fr.eadmin.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FrenchFormatsTest {
    @Test
    void writesEurosWithNarrowGroupsAndANoBreakSpaceBeforeTheSign() {
        assertThat(FrenchFormats.euros(5)).isEqualTo("0,05\u00A0€");
        assertThat(FrenchFormats.euros(123450)).isEqualTo("1\u202F234,50\u00A0€");
        assertThat(FrenchFormats.euros(-1200)).isEqualTo("-12,00\u00A0€");
        assertThat(FrenchFormats.euros(Long.MIN_VALUE))
                .isEqualTo("-92\u202F233\u202F720\u202F368\u202F547\u202F758,08\u00A0€");
    }

    @Test
    void groupsWholeNumbersFromTenThousandOn() {
        assertThat(FrenchFormats.integer(1250, ' ')).isEqualTo("1250");
        assertThat(FrenchFormats.integer(12500, ' ')).isEqualTo("12 500");
        assertThat(FrenchFormats.integer(-1_000_000, '\u202F')).isEqualTo("-1\u202F000\u202F000");
    }

    @Test
    void writesDaysAndTimesTheFrenchWay() {
        assertThat(FrenchFormats.date(LocalDate.of(2026, 4, 1))).isEqualTo("1er avril 2026");
        assertThat(FrenchFormats.longDate(LocalDate.of(2026, 3, 2))).isEqualTo("lundi 2 mars 2026");
        assertThat(FrenchFormats.shortDate(LocalDate.of(2026, 3, 2))).isEqualTo("02/03/2026");
        assertThat(FrenchFormats.time(LocalTime.of(9, 0), ' ')).isEqualTo("9 h");
        assertThat(FrenchFormats.time(LocalTime.of(0, 5), ' ')).isEqualTo("0 h 05");
        assertThat(FrenchFormats.dateTime(LocalDateTime.of(2026, 11, 23, 14, 30), false, ' '))
                .isEqualTo("23/11/2026 à 14 h 30");
        // 08:30 UTC is 09:30 in Paris in winter
        assertThat(FrenchFormats.dateTime(Instant.parse("2026-03-02T08:30:00Z")))
                .isEqualTo("lundi 2 mars 2026 à 9\u00A0h\u00A030");
    }

    @Test
    void writesSizesInFrenchUnits() {
        assertThat(FrenchFormats.size(1)).isEqualTo("1\u00A0octet");
        assertThat(FrenchFormats.size(512)).isEqualTo("512\u00A0octets");
        assertThat(FrenchFormats.size(12_698)).isEqualTo("12,4\u00A0Ko");
        assertThat(FrenchFormats.size(3_355_443)).isEqualTo("3,2\u00A0Mo");
    }
}
