package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeInseeTest {

    @ParameterizedTest
    @CsvSource({
        "76540, 76, false", // Rouen
        "01001, 01, false", // L'Abergement-Clémenciat, first code of the COG
        "2A004, 2A, false", // Ajaccio
        "2B033, 2B, false", // Bastia
        "75056, 75, false", // Paris
        "75101, 75, true", // Paris 1er arrondissement
        "75120, 75, true", // Paris 20e arrondissement
        "69123, 69, false", // Lyon
        "69381, 69, true", // Lyon 1er arrondissement
        "69389, 69, true", // Lyon 9e arrondissement
        "13055, 13, false", // Marseille
        "13201, 13, true", // Marseille 1er arrondissement
        "13216, 13, true", // Marseille 16e arrondissement
        "97105, 971, false", // Basse-Terre
        "97209, 972, false", // Fort-de-France
        "97302, 973, false", // Cayenne
        "97411, 974, false", // Saint-Denis (La Réunion)
        "97502, 975, false", // Saint-Pierre (Saint-Pierre-et-Miquelon)
        "97611, 976, false", // Mamoudzou
        "97701, 977, false", // Saint-Barthélemy
        "97801, 978, false", // Saint-Martin
        "98411, 984, false", // Îles Saint-Paul et Nouvelle-Amsterdam
        "98611, 986, false", // Alo (Wallis-et-Futuna)
        "98735, 987, false", // Papeete
        "98818, 988, false", // Nouméa
        "98901, 989, false" // Clipperton
    })
    void acceptsRealCommuneCodes(String text, String departement, boolean arrondissement) {
        CodeInsee code = CodeInsee.parse(text);
        assertThat(code.toString()).isEqualTo(text);
        assertThat(code.departement()).isEqualTo(departement);
        assertThat(code.isArrondissementMunicipal()).isEqualTo(arrondissement);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2a004", " 2A004 ", "2A 004", "2a-004"})
    void normalisesCaseAndSeparators(String text) {
        assertThat(CodeInsee.parse(text)).isEqualTo(new CodeInsee("2A004"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "7654 | must have 5 characters, got 4",
                "765400 | must have 5 characters, got 6",
                "7654O | character at position 5 is not a digit",
                "2C004 | character at position 2 is not a digit",
                "2A0B4 | commune number: character at position 4 is not a digit",
                "00123 | department 00 does not exist",
                "96001 | department 96 does not exist",
                "20004 | department 20 no longer exists: Corsican communes are coded 2A or 2B",
                "99134 | 99 codes designate foreign countries, not communes",
                "97001 | unknown overseas department or collectivité 970",
                "97901 | unknown overseas department or collectivité 979",
                "98001 | unknown overseas department or collectivité 980",
                "98501 | unknown overseas department or collectivité 985",
                "76000 | commune number must not be zero",
                "2A000 | commune number must not be zero",
                "97100 | commune number must not be zero",
                "75001 | department 75 has only Paris, 75056, and its arrondissements 75101 to 75120",
                "75121 | department 75 has only Paris",
                "75100 | department 75 has only Paris"
            })
    void saysWhyItRejects(String text, String reason) {
        assertThatThrownBy(() -> CodeInsee.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("code INSEE: ")
                .hasMessageContaining(reason);
        assertThat(CodeInsee.isValid(text)).isFalse();
    }
}
