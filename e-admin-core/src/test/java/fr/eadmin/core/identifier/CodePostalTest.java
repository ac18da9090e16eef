package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodePostalTest {

    @ParameterizedTest
    @CsvSource({
        "75001, 75", // Paris 1er
        "75116, 75", // Paris 16e, second code
        "76000, 76", // Rouen
        "01590, 01", // Lavancia-Epercy, a commune of Jura served from Ain
        "48250, 48", // Laveyrune, a commune of Ardèche served from Lozère
        "20000, 2A", // Ajaccio
        "20167, 2A", // Mezzavia
        "20200, 2B", // Bastia
        "20600, 2B", // Furiani
        "97100, 971", // Basse-Terre
        "97133, 971", // Saint-Barthélemy, still on Guadeloupe's prefix
        "97150, 971", // Saint-Martin
        "97200, 972", // Fort-de-France
        "97300, 973", // Cayenne
        "97400, 974", // Saint-Denis (La Réunion)
        "97500, 975", // Saint-Pierre-et-Miquelon
        "97600, 976", // Mamoudzou
        "75700, 75", // a Paris CEDEX code
        "13321, 13" // a Marseille CEDEX code
    })
    void derivesTheDepartmentOfTheDistributionOffice(String text, String departement) {
        CodePostal code = CodePostal.parse(text);
        assertThat(code.toString()).isEqualTo(text);
        assertThat(code.departement()).contains(departement);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "98000", // Monaco
                "98600", // Wallis-et-Futuna
                "98714", // Papeete
                "98800", // Nouméa
                "00200" // armed forces postal sector
            })
    void acceptsCodesThatDesignateNoDepartment(String text) {
        assertThat(CodePostal.parse(text).departement()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"75 001", " 75001 ", "75.001", "75\u00A0001"})
    void normalisesSeparators(String text) {
        assertThat(CodePostal.parse(text)).isEqualTo(new CodePostal("75001"));
    }

    @Test
    void isNotTheCommuneCode() {
        // Paris 1er: postal code 75001, commune code 75101; the commune code 75001 does not exist.
        assertThat(CodePostal.isValid("75001")).isTrue();
        assertThat(CodeInsee.isValid("75001")).isFalse();
        assertThat(CodeInsee.isValid("75101")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "7500 | must have 5 digits, got 4",
                "750011 | must have 5 digits, got 6",
                "2A004 | character at position 2 is not a digit",
                "00000 | 00000 is a placeholder, not a postal code",
                "96100 | no postal code starts with 96",
                "99100 | no postal code starts with 99",
                "20700 | Corsican postal codes stop at 206xx",
                "20900 | Corsican postal codes stop at 206xx",
                "97000 | no postal code starts with 970",
                "97700 | no postal code starts with 977",
                "97800 | no postal code starts with 978",
                "98100 | no postal code starts with 981",
                "98400 | no postal code starts with 984",
                "98500 | no postal code starts with 985",
                "98900 | no postal code starts with 989"
            })
    void saysWhyItRejects(String text, String reason) {
        assertThatThrownBy(() -> CodePostal.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("code postal: ")
                .hasMessageContaining(reason);
        assertThat(CodePostal.isValid(text)).isFalse();
    }
}
