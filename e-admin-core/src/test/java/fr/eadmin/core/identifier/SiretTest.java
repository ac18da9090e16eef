package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "73282932000074", // INSEE's own example, 7th establishment of 732 829 320
                "21750001600019", // Ville de Paris, Hôtel de Ville
                "31490132300043",
                "38032143000023",
                "44126652500019",
                "79068156300017"
            })
    void acceptsRealPublishedSirets(String text) {
        Siret siret = Siret.parse(text);
        assertThat(siret.toString()).isEqualTo(text);
        assertThat(siret.isLaPoste()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "35600000000048", // head office: Luhn, digit sum 26
                "35600000009075", // establishments: digit sum a multiple of 5, not Luhn
                "35600000049837"
            })
    void acceptsLaPosteSirets(String text) {
        Siret siret = Siret.parse(text);
        assertThat(siret.isLaPoste()).isTrue();
        assertThat(siret.siren()).isEqualTo(new Siren("356000000"));
    }

    @Test
    void laPosteEstablishmentsEscapeLuhn() {
        assertThat(Chars.luhn("35600000009075")).isFalse();
        assertThat(Siret.isValid("35600000009075")).isTrue();
    }

    @Test
    void rejectsALaPosteNumberWhoseDigitSumIsNotAMultipleOfFive() {
        assertThatThrownBy(() -> Siret.parse("35600000049838"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("La Poste establishment: the sum of the 14 digits is not a multiple of 5");
    }

    @Test
    void rejectsALaPosteNumberThatOnlyPassesLuhn() {
        // Luhn-valid but digit sum 19: only the head office is checked by Luhn under La Poste's SIREN.
        assertThat(Chars.luhn("35600000000014")).isTrue();
        assertThat(Siret.isValid("35600000000014")).isFalse();
    }

    @Test
    void splitsIntoSirenAndNic() {
        Siret siret = Siret.parse("732 829 320 00074");
        assertThat(siret.siren()).isEqualTo(Siren.parse("732829320"));
        assertThat(siret.nic()).isEqualTo("00074");
        assertThat(siret.formatted()).isEqualTo("732 829 320 00074");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"732.829.320.00074", "732-829-320-00074", "  73282932000074\t", "732\u202F829\u202F320 00074"})
    void normalisesTheUsualSpellings(String text) {
        assertThat(Siret.parse(text)).isEqualTo(new Siret("73282932000074"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "7328293200007 | must have 14 digits, got 13",
                "732829320000745 | must have 14 digits, got 15",
                "MONACOCONFO001 | character at position 1 is not a digit",
                "7328293200007A | character at position 14 is not a digit",
                "73282932100074 | the SIREN part's check digit does not match (Luhn)",
                "73282932000075 | check digit does not match (Luhn)",
                "73282932000047 | check digit does not match (Luhn)"
            })
    void saysWhyItRejects(String text, String reason) {
        assertThatThrownBy(() -> Siret.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("SIRET: ")
                .hasMessageContaining(reason)
                .hasMessageNotContaining(text);
        assertThat(Siret.isValid(text)).isFalse();
    }

    @Test
    void cannotBeBuiltInvalid() {
        assertThatThrownBy(() -> new Siret("73282932000075")).isInstanceOf(InvalidIdentifierException.class);
    }
}
