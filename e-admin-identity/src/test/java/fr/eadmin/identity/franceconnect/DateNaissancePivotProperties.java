package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

class DateNaissancePivotProperties {
    @Property
    void readsEveryFullDateBackAsItself(@ForAll @DateRange(min = "1870-01-01", max = "2030-12-31") LocalDate date) {
        DateNaissancePivot pivot = DateNaissancePivot.parse(date.toString());

        assertThat(pivot.precision()).isEqualTo(DateNaissancePivot.Precision.DAY);
        assertThat(pivot.toLocalDate()).isEqualTo(date);
    }

    @Property
    void placesAPresumedBirthOnTheLastDayOfItsPeriod(
            @ForAll @IntRange(min = 1870, max = 2030) int year, @ForAll @IntRange(min = 0, max = 12) int month) {
        DateNaissancePivot pivot = DateNaissancePivot.parse(String.format("%04d-%02d-00", year, month));

        LocalDate expected = month == 0
                ? LocalDate.of(year, 12, 31)
                : YearMonth.of(year, month).atEndOfMonth();
        assertThat(pivot.toLocalDate()).isEqualTo(expected);
        assertThat(pivot.precision())
                .isEqualTo(month == 0 ? DateNaissancePivot.Precision.YEAR : DateNaissancePivot.Precision.MONTH);
    }

    @Property
    void refusesADayWithoutAMonthOrBeyondTheMonth(
            @ForAll @IntRange(min = 1870, max = 2030) int year,
            @ForAll @IntRange(min = 0, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 99) int day) {
        boolean exists = month > 0 && day <= YearMonth.of(year, month).lengthOfMonth();
        String text = String.format("%04d-%02d-%02d", year, month, day);
        if (exists) {
            assertThat(DateNaissancePivot.parse(text).toLocalDate()).isEqualTo(LocalDate.of(year, month, day));
        } else {
            assertThatThrownBy(() -> DateNaissancePivot.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
