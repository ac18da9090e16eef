package fr.eadmin.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class FrenchFormatsProperties {

    /** Reads back an amount printed by {@link FrenchFormats#euros(long)}. */
    static long parseEuros(String text) {
        assertThat(text).endsWith("\u00A0€");
        String number = text.substring(0, text.length() - 2);
        String digits = number.replace("\u202F", "").replace(",", "");
        return Long.parseLong(digits);
    }

    @Property
    void anyAmountRoundTripsToItsCents(@ForAll long cents) {
        assertThat(parseEuros(FrenchFormats.euros(cents))).isEqualTo(cents);
    }

    @Property
    void digitsAreGroupedByThreeWithNarrowNoBreakSpaces(@ForAll long cents) {
        String text = FrenchFormats.euros(cents);
        String units = text.substring(cents < 0 ? 1 : 0, text.indexOf(','));
        String[] groups = units.split("\u202F");
        assertThat(groups[0]).hasSizeBetween(1, 3).doesNotStartWith(groups.length > 1 ? "0" : "x");
        for (int i = 1; i < groups.length; i++) {
            assertThat(groups[i]).hasSize(3).containsOnlyDigits();
        }
        assertThat(text.substring(text.indexOf(',') + 1, text.indexOf('\u00A0')))
                .hasSize(2)
                .containsOnlyDigits();
        assertThat(text).doesNotContain(" ").doesNotContain(".");
    }

    @Example
    void printsTheUsualForms() {
        assertThat(FrenchFormats.euros(123_450)).isEqualTo("1\u202F234,50\u00A0€");
        assertThat(FrenchFormats.euros(5)).isEqualTo("0,05\u00A0€");
        assertThat(FrenchFormats.euros(-1_200)).isEqualTo("-12,00\u00A0€");
        assertThat(FrenchFormats.euros(100_000_000)).isEqualTo("1\u202F000\u202F000,00\u00A0€");
        assertThat(FrenchFormats.euros(Long.MIN_VALUE))
                .isEqualTo("-92\u202F233\u202F720\u202F368\u202F547\u202F758,08\u00A0€");
        assertThat(FrenchFormats.date(LocalDate.of(2026, 3, 2))).isEqualTo("2 mars 2026");
        assertThat(FrenchFormats.date(LocalDate.of(2026, 4, 1))).isEqualTo("1er avril 2026");
        assertThat(FrenchFormats.dateTime(Instant.parse("2026-03-02T08:30:00Z")))
                .isEqualTo("lundi 2 mars 2026 à 9\u00A0h\u00A030");
        assertThat(FrenchFormats.dateTime(Instant.parse("2026-07-14T07:00:00Z")))
                .as("summer time")
                .isEqualTo("mardi 14 juillet 2026 à 9\u00A0h");
        assertThat(FrenchFormats.size(512)).isEqualTo("512\u00A0octets");
        assertThat(FrenchFormats.size(183_407)).isEqualTo("179,1\u00A0Ko");
    }
}
