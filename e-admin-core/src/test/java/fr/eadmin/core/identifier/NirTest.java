package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NirTest {

    @Test
    void readsTheInseeExample() {
        // The example INSEE and service-public.fr use: a woman born in August 1955 in Calvados.
        Nir nir = Nir.parse("2 55 08 14 168 025 38");
        assertThat(nir.toString()).isEqualTo("255081416802538");
        assertThat(nir.sexDigit()).isEqualTo(2);
        assertThat(nir.birthYear2()).isEqualTo(55);
        assertThat(nir.birthMonth()).isEqualTo(8);
        assertThat(nir.isBirthMonthKnown()).isTrue();
        assertThat(nir.departement()).isEqualTo("14");
        assertThat(nir.birthPlaceCode()).isEqualTo("14168");
        assertThat(nir.isBornAbroad()).isFalse();
        assertThat(nir.isProvisional()).isFalse();
        assertThat(nir.orderNumber()).isEqualTo(25);
        assertThat(nir.key()).isEqualTo(38);
    }

    @Test
    void formatsAndMasks() {
        Nir nir = Nir.parse("184127645108946");
        assertThat(nir.formatted()).isEqualTo("1 84 12 76 451 089 46");
        assertThat(nir.masked()).isEqualTo("1 84 12 ** *** *** **");
        assertThat(Nir.parse(nir.formatted())).isEqualTo(nir);
    }

    @ParameterizedTest
    @CsvSource({
        "253072A07300443, 2A, 2A073", // Corsica, key computed with 2A read as 19
        "253072B07300470, 2B, 2B073", // Corsica, key computed with 2B read as 18
        "160052000401207, 20, 20004", // Corsica before the split of 1976
        "185079721200013, 972, 97212", // Martinique: 3-digit department, 2-digit commune
        "183509761100774, 976, 97611", // Mayotte, unknown month
        "801019851200385, 985, 98512", // Mayotte before 2011, provisional number
        "299359871234567, 987, 98712", // Polynésie française
        "155039135200493, 91, 91352", // Algeria before independence
        "262099612304588, 96, 96123" // Tunisia before independence
    })
    void readsTheBirthPlaceInEveryForm(String text, String departement, String place) {
        Nir nir = Nir.parse(text);
        assertThat(nir.departement()).isEqualTo(departement);
        assertThat(nir.birthPlaceCode()).isEqualTo(place);
        assertThat(nir.isBornAbroad()).isFalse();
    }

    @Test
    void readsABirthAbroad() {
        Nir nir = Nir.parse("2 95 10 99 126 111 93");
        assertThat(nir.isBornAbroad()).isTrue();
        assertThat(nir.departement()).isEqualTo("99");
        assertThat(nir.birthPlaceCode()).isEqualTo("99126");
    }

    @ParameterizedTest
    @CsvSource({"780019935012307, 7", "145209935200160, 1"})
    void acceptsProvisionalNumbersAndUnknownMonths(String text, int sex) {
        Nir nir = Nir.parse(text);
        assertThat(nir.sexDigit()).isEqualTo(sex);
        assertThat(nir.isProvisional()).isEqualTo(sex != 1 && sex != 2);
    }

    @Test
    void knowsAnUnknownMonthIsNotAMonth() {
        assertThat(Nir.parse("145209935200160").isBirthMonthKnown()).isFalse();
        assertThat(Nir.parse("145209935200160").birthMonth()).isEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"2 53 07 2a 073 004 43", "253.07.2a.073.004.43", "2-53-07-2A-073-004-43", " 253072a07300443 "})
    void normalisesSeparatorsAndCase(String text) {
        assertThat(Nir.parse(text)).isEqualTo(new Nir("253072A07300443"));
    }

    @Test
    void computesTheKeyForThirteenCharacterSources() {
        assertThat(Nir.withComputedKey("2 55 08 14 168 025")).isEqualTo(Nir.parse("255081416802538"));
        assertThat(Nir.withComputedKey("253072B073004").key()).isEqualTo(70);
        assertThatThrownBy(() -> Nir.withComputedKey("255081416802538"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("must have 13 characters without the key, got 15");
    }

    @Test
    void requiresTheKey() {
        assertThatThrownBy(() -> Nir.parse("2550814168025"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("must have 15 characters, got 13");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "25508141680253 | must have 15 characters, got 14",
                "555081416802538 | sex digit (character 1) must be 1, 2, 3, 4, 7 or 8",
                "655081416802538 | sex digit (character 1) must be 1, 2, 3, 4, 7 or 8",
                "055081416802538 | sex digit (character 1) must be 1, 2, 3, 4, 7 or 8",
                "955081416802538 | sex digit (character 1) must be 1, 2, 3, 4, 7 or 8",
                "2X5081416802538 | sex, year and month: character at position 2 is not a digit",
                "255001416802538 | birth month (characters 4 and 5) must be 01 to 12, or 20 to 42 or 50 to 99 for an unknown month",
                "255131416802538 | birth month (characters 4 and 5) must be",
                "255191416802538 | birth month (characters 4 and 5) must be",
                "255431416802538 | birth month (characters 4 and 5) must be",
                "255491416802538 | birth month (characters 4 and 5) must be",
                "255080016802538 | birth department (characters 6 and 7) cannot be 00",
                "25508AB16802538 | birth department must be 2 digits, 2A or 2B",
                "255082C16802538 | birth department must be 2 digits, 2A or 2B",
                "255089706802538 | overseas birth department (characters 6 to 8) must be 971 to 978 or 984 to 989",
                "255089796802538 | overseas birth department (characters 6 to 8) must be 971 to 978 or 984 to 989",
                "255089816802538 | overseas birth department (characters 6 to 8) must be 971 to 978 or 984 to 989",
                "25508141X802538 | commune and order number: character at position 9 is not a digit",
                "2550814168025AB | key: character at position 14 is not a digit",
                "255081416802500 | key (characters 14 and 15) must be between 01 and 97",
                "255081416802599 | key (characters 14 and 15) must be between 01 and 97",
                "255081416802539 | key does not match the 13 first characters",
                "255081416802583 | key does not match the 13 first characters"
            })
    void saysWhyItRejectsWithoutRepeatingTheNumber(String text, String reason) {
        assertThatThrownBy(() -> Nir.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("NIR: ")
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    for (int i = 0; i + 5 <= text.length(); i++) {
                        assertThat(e.getMessage()).doesNotContain(text.substring(i, i + 5));
                    }
                });
        assertThat(Nir.isValid(text)).isFalse();
    }

    @Test
    void corsicaIsNotCorreze() {
        // 2A is read as 19 for the key: swapping the department for 19 keeps the key but changes the place.
        assertThat(Nir.isValid("253071907300443")).isTrue();
        assertThat(Nir.parse("253071907300443").departement()).isEqualTo("19");
        assertThat(Nir.isValid("253072A07300470")).isFalse();
    }

    @Test
    void toStringIsTheCanonicalValueAndMaskedHidesThePlace() {
        assertThat(String.valueOf(Nir.parse("255081416802538"))).isEqualTo("255081416802538");
        assertThat(Nir.parse("255081416802538").masked()).doesNotContain("168", "025", "38");
    }
}
