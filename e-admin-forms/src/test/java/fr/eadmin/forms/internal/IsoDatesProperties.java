package fr.eadmin.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** {@link IsoDates#parse} reads a text exactly as {@link LocalDate#parse(CharSequence)} does. */
class IsoDatesProperties {

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> shaped = Combinators.combine(
                        Arbitraries.integers().between(0, 9999),
                        Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 32))
                .as((year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));
        Arbitrary<String> loose = Arbitraries.strings()
                .withChars("0123456789-+ T:")
                .ofMinLength(8)
                .ofMaxLength(12);
        return Arbitraries.oneOf(shaped, loose, Arbitraries.strings().all().ofMaxLength(12));
    }

    @Property(tries = 3000)
    void readsWhatLocalDateParseReads(@ForAll("dateLike") String text) {
        assertThat(IsoDates.parse(text)).as(text).isEqualTo(reference(text));
    }

    @Example
    void leapDaysAndLimits() {
        assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDates.parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(IsoDates.parse("1900-02-29")).isNull();
        assertThat(IsoDates.parse("2026-02-29")).isNull();
        assertThat(IsoDates.parse("2026-04-31")).isNull();
        assertThat(IsoDates.parse("2026-00-10")).isNull();
        assertThat(IsoDates.parse("2026-13-10")).isNull();
        assertThat(IsoDates.parse("2026-01-00")).isNull();
        assertThat(IsoDates.parse("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(IsoDates.parse("+12026-01-01")).isEqualTo(LocalDate.of(12026, 1, 1));
        assertThat(IsoDates.parse("2026-1-01")).isNull();
        assertThat(IsoDates.parse("")).isNull();
    }

    private static @Nullable LocalDate reference(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
