package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class Rfc4180Test {
    @Test
    void readsQuotedCommasQuotesAndLineBreaks() {
        assertThat(Rfc4180.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nagain\"\r\n"))
                .containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\"\nagain"));
    }

    @Test
    void readsEmptyFieldsAndALastRecordWithoutLineBreak() {
        assertThat(Rfc4180.parse("a,,c\n,,")).containsExactly(List.of("a", "", "c"), List.of("", "", ""));
    }

    @Test
    void refusesStrayQuotesAndUnterminatedFields() {
        assertThatThrownBy(() -> Rfc4180.parse("a\"b,c\n")).hasMessageContaining("quote inside");
        assertThatThrownBy(() -> Rfc4180.parse("\"abc,d\n")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> Rfc4180.parse("\"a\"b,c\n")).hasMessageContaining("after a closing quote");
    }
}
