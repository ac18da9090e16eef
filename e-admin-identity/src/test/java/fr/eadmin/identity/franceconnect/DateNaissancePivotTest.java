package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateNaissancePivotTest {
    @Test
    void readsFullAndPresumedDates() {
        assertThat(DateNaissancePivot.parse("1962-08-24").precision()).isEqualTo(DateNaissancePivot.Precision.DAY);
        assertThat(DateNaissancePivot.parse("1962-08-24").toLocalDate()).isEqualTo(LocalDate.of(1962, 8, 24));
        assertThat(DateNaissancePivot.parse("1980-02-00").precision()).isEqualTo(DateNaissancePivot.Precision.MONTH);
        assertThat(DateNaissancePivot.parse("1980-02-00").toLocalDate()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(DateNaissancePivot.parse("1980-00-00").precision()).isEqualTo(DateNaissancePivot.Precision.YEAR);
        assertThat(DateNaissancePivot.parse("1980-00-00").toLocalDate()).isEqualTo(LocalDate.of(1980, 12, 31));
    }

    @Test
    void refusesWhatIsNotADateOfBirth() {
        for (String text :
                new String[] {"1980-00-12", "1980-13-01", "1981-02-29", "80-01-01", "1980/01/01", "", "1980-1-1"}) {
            assertThatThrownBy(() -> DateNaissancePivot.parse(text))
                    .as(text)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void showsNoDateInItsText() {
        assertThat(DateNaissancePivot.parse("1962-08-24").toString()).doesNotContain("1962");
    }
}
