package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RnaTest {

    @ParameterizedTest
    @CsvSource({
        "W751253501, 751", // Paris
        "W061014363, 061", // Nice
        "W595045132, 595", // Lille
        "W784010254, 784", // Yvelines
        "W2B2001993, 2B2", // Haute-Corse
        "W9R1003737, 9R1", // La Réunion
        "W9T1002867, 9T1" // Mayotte
    })
    void acceptsRealPublishedNumbersAndTellsTheirGreffe(String text, String greffe) {
        Rna rna = Rna.parse(text);
        assertThat(rna.toString()).isEqualTo(text);
        assertThat(rna.greffe()).isEqualTo(greffe);
    }

    @ParameterizedTest
    @ValueSource(strings = {"w751253501", " W751 253 501 ", "W751-253-501", "w2b2.001.993", "W\u00A0751253501"})
    void normalisesCaseAndSeparators(String text) {
        assertThat(Rna.isValid(text)).isTrue();
        assertThat(Rna.parse(text).toString()).isIn("W751253501", "W2B2001993");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "W75125350 | must have 10 characters, got 9",
                "W7512535011 | must have 10 characters, got 11",
                "X751253501 | must start with the letter W",
                "0751253501 | a 10-digit numéro de dossier from before the RNA is not an RNA number",
                "9851000014 | a 10-digit numéro de dossier from before the RNA is not an RNA number",
                "W001253501 | characters 2 and 3 must be a department",
                "W961253501 | characters 2 and 3 must be a department",
                "W991253501 | characters 2 and 3 must be a department",
                "W2C1253501 | characters 2 and 3 must be a department",
                "WA91253501 | characters 2 and 3 must be a department",
                "W9_1253501 | characters 2 and 3 must be a department",
                "W75A253501 | registering office number: character at position 4 is not a digit",
                "W7512535O1 | sequence number: character at position 9 is not a digit",
                "W751000000 | sequence number must not be 000000"
            })
    void saysWhyItRejects(String text, String reason) {
        assertThatThrownBy(() -> Rna.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("RNA: ")
                .hasMessageContaining(reason)
                .hasMessageNotContaining(text);
        assertThat(Rna.isValid(text)).isFalse();
    }

    @Test
    void cannotBeBuiltFromANonCanonicalValue() {
        assertThatThrownBy(() -> new Rna("w751253501")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new Rna("W751 253501")).isInstanceOf(InvalidIdentifierException.class);
    }
}
