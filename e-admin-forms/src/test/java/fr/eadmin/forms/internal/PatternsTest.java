package fr.eadmin.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "abc | 1",
                "a{3} | 3",
                "(a{10}){20} | 200",
                "(a{10}b{5}){20} | 200",
                "((a{10}){10}){10} | 1000",
                "a{2,7}(b{3}) | 7",
                "x{5,} | 5",
                "[{]{100}] | 100",
                "[{100}] | 1",
                "\\{100} | 1",
                "[a-z{}]{4}c | 4",
                "(ab{50}){2}((c){3}) | 100",
            })
    void multipliesNestedRepetitions(String pattern, long product) {
        assertThat(Patterns.repetition(pattern)).isEqualTo(product);
    }

    @ParameterizedTest
    @CsvSource({"((a{1000}){1000}){1000}", "(a{20}){51}", "(a+)\\1", "[z-a]"})
    void refusesWhatCannotBeCompiledInBoundedTime(String pattern) {
        assertThatThrownBy(() -> Patterns.compile(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid regular expression");
    }
}
