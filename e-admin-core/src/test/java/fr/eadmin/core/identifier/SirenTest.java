package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "732829320", // INSEE's own example
                "356000000", // La Poste
                "552081317", // Électricité de France
                "542051180", // TotalEnergies SE
                "217500016" // Ville de Paris
            })
    void acceptsRealPublishedSirens(String text) {
        assertThat(Siren.isValid(text)).isTrue();
        assertThat(Siren.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "732 829 320",
                " 732829320 ",
                "732.829.320",
                "732-829-320",
                "732\u00A0829\u00A0320",
                "732829320\r\n"
            })
    void normalisesTheUsualSpellings(String text) {
        assertThat(Siren.parse(text)).isEqualTo(new Siren("732829320"));
    }

    @Test
    void formatsInThreeGroups() {
        assertThat(Siren.parse("732829320").formatted()).isEqualTo("732 829 320");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "73282932 | must have 9 digits, got 8",
                "7328293200 | must have 9 digits, got 10",
                "'' | must have 9 digits, got 0",
                "73282932O | character at position 9 is not a digit",
                "73282932/ | character at position 9 is not a digit",
                "732829321 | check digit does not match (Luhn)",
                "723829320 | check digit does not match (Luhn)",
                "000000000 | placeholder"
            })
    void saysWhyItRejects(String text, String reason) {
        assertThatThrownBy(() -> Siren.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("SIREN: ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((InvalidIdentifierException) e).identifierType())
                        .isEqualTo("SIREN"));
        assertThat(Siren.isValid(text)).isFalse();
    }

    @Test
    void namesThePositionNotTheCharacter() {
        assertThatThrownBy(() -> Siren.parse("73282932x")).hasMessage("SIREN: character at position 9 is not a digit");
    }

    @Test
    void doesNotRepeatTheInputInItsMessage() {
        assertThatThrownBy(() -> Siren.parse("732829321")).hasMessageNotContaining("732829321");
    }

    @Test
    void cannotBeBuiltInvalid() {
        assertThatThrownBy(() -> new Siren("732 829 320")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new Siren("732829321")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void missesOnlyTheZeroNineTransposition() {
        // 0 and 9 count the same doubled or not (0 -> 0, 9 -> 18 -> 9): Luhn cannot see them swapped.
        assertThat(Siren.isValid("090000001")).isTrue();
        assertThat(Siren.isValid("900000001")).isTrue();
        // Any other adjacent swap is caught, 7 and 3 here.
        assertThat(Siren.isValid("372829320")).isFalse();
    }

    @Test
    void refusesNullWithAClearMessage() {
        assertThatThrownBy(() -> Siren.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> Siren.isValid(null)).isInstanceOf(NullPointerException.class);
    }
}
