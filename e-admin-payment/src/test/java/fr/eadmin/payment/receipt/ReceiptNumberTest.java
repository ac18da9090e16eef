package fr.eadmin.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.payment.DefaultLocale;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ReceiptNumberTest {
    @Test
    void printsTheYearAndSixDigits() {
        assertThat(new ReceiptNumber(2026, 1)).hasToString("2026-000001");
        assertThat(new ReceiptNumber(2026, 1234567)).hasToString("2026-1234567");
        assertThat(ReceiptNumber.parse("2026-000042")).isEqualTo(new ReceiptNumber(2026, 42));
    }

    @Test
    void printsAsciiDigitsWhateverTheDefaultLocale() {
        DefaultLocale.withOtherDigits(() -> {
            assertThat(new ReceiptNumber(2026, 42)).hasToString("2026-000042");
            assertThat(ReceiptNumber.parse(new ReceiptNumber(2026, 42).toString()))
                    .isEqualTo(new ReceiptNumber(2026, 42));
        });
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThatThrownBy(() -> ReceiptNumber.parse("2026-42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReceiptNumber.parse("2026-000000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiptNumber(26, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsTheYearInParis() {
        assertThat(ReceiptNumber.yearOf(Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo(2026);
        assertThat(ReceiptNumber.yearOf(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo(2027);
    }

    @Property
    void parsesWhatItPrints(
            @ForAll @IntRange(min = 1000, max = 9999) int year,
            @ForAll @LongRange(min = 1, max = 999_999_999_999L) long sequence) {
        ReceiptNumber number = new ReceiptNumber(year, sequence);

        assertThat(ReceiptNumber.parse(number.toString())).isEqualTo(number);
    }

    @Property
    void ordersByYearThenSequence(
            @ForAll @IntRange(min = 1000, max = 9999) int year,
            @ForAll @LongRange(min = 1, max = 999_999) long a,
            @ForAll @LongRange(min = 1, max = 999_999) long b) {
        assertThat(Integer.signum(new ReceiptNumber(year, a).compareTo(new ReceiptNumber(year, b))))
                .isEqualTo(Long.signum(a - b));
        assertThat(new ReceiptNumber(year, a).toString().compareTo(new ReceiptNumber(year, b).toString()))
                .satisfies(c -> assertThat(Integer.signum(c)).isEqualTo(Long.signum(a - b)));
    }
}
