package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.identifier.Telephone.Territory;
import fr.eadmin.core.identifier.Telephone.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelephoneTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "06 12 34 56 78",
                "06.12.34.56.78",
                "06-12-34-56-78",
                "0612345678",
                "+33 6 12 34 56 78",
                "+33 (0)6 12 34 56 78",
                "+33612345678",
                "0033612345678",
                "0033 6 12 34 56 78",
                "+33 0 6 12 34 56 78",
                " 06\u00a012\u00a034\u00a056\u00a078 "
            })
    void acceptsTheUsualSpellingsOfOneNumber(String text) {
        Telephone telephone = Telephone.parse(text);

        assertThat(telephone.toString()).isEqualTo("+33612345678");
        assertThat(telephone.national()).isEqualTo("06 12 34 56 78");
        assertThat(Telephone.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        // national form, E.164, type, territory
        "01 44 54 19 30, +33144541930, GEOGRAPHIQUE, METROPOLE",
        "04 95 51 64 64, +33495516464, GEOGRAPHIQUE, METROPOLE",
        "07 81 23 45 67, +33781234567, MOBILE, METROPOLE",
        "09 70 12 34 56, +33970123456, POLYVALENT, METROPOLE",
        "08 00 12 34 56, +33800123456, SPECIAL, NON_TERRITORIALISE",
        "08 92 12 34 56, +33892123456, SPECIAL, NON_TERRITORIALISE",
        "02 62 40 20 20, +262262402020, GEOGRAPHIQUE, LA_REUNION",
        "02 63 01 23 45, +262263012345, GEOGRAPHIQUE, LA_REUNION",
        "06 92 12 34 56, +262692123456, MOBILE, LA_REUNION",
        "06 93 12 34 56, +262693123456, MOBILE, LA_REUNION",
        "07 09 21 23 45, +262709212345, MOBILE, LA_REUNION",
        "02 69 61 11 01, +262269611101, GEOGRAPHIQUE, MAYOTTE",
        "06 39 12 34 56, +262639123456, MOBILE, MAYOTTE",
        "09 76 91 23 45, +262976912345, POLYVALENT, MAYOTTE",
        "05 90 12 34 56, +590590123456, GEOGRAPHIQUE, GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY",
        "05 90 27 12 34, +590590271234, GEOGRAPHIQUE, GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY",
        "06 90 12 34 56, +590690123456, MOBILE, GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY",
        "06 91 22 34 56, +590691223456, MOBILE, GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY",
        "09 76 01 23 45, +590976012345, POLYVALENT, GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY",
        "05 94 12 34 56, +594594123456, GEOGRAPHIQUE, GUYANE",
        "06 94 20 12 34, +594694201234, MOBILE, GUYANE",
        "05 96 30 12 34, +596596301234, GEOGRAPHIQUE, MARTINIQUE",
        "06 96 20 12 34, +596696201234, MOBILE, MARTINIQUE",
        "06 97 27 12 34, +596697271234, MOBILE, MARTINIQUE",
        "09 76 61 23 45, +596976612345, POLYVALENT, MARTINIQUE",
        "05 08 41 23 45, +508412345, GEOGRAPHIQUE, SAINT_PIERRE_ET_MIQUELON",
        "05 08 55 12 34, +508551234, GEOGRAPHIQUE, SAINT_PIERRE_ET_MIQUELON",
        "07 08 45 12 34, +508708451234, MOBILE, SAINT_PIERRE_ET_MIQUELON"
    })
    void mapsEveryBlockToItsCountryCodeCategoryAndTerritory(
            String national, String e164, Type type, Territory territory) {
        Telephone telephone = Telephone.parse(national);

        assertThat(telephone.toString()).isEqualTo(e164);
        assertThat(telephone.national()).isEqualTo(national);
        assertThat(telephone.type()).isEqualTo(type);
        assertThat(telephone.territory()).isEqualTo(territory);
        assertThat(telephone.countryCode()).isEqualTo(territory.countryCode());
        assertThat(Telephone.parse(e164)).isEqualTo(telephone);
    }

    @Test
    void acceptsOverseasNumbersInInternationalForm() {
        assertThat(Telephone.parse("+590 690 12 34 56").national()).isEqualTo("06 90 12 34 56");
        assertThat(Telephone.parse("00262 262 40 20 20").territory()).isEqualTo(Territory.LA_REUNION);
        assertThat(Telephone.parse("+262 (0)639 12 34 56").territory()).isEqualTo(Territory.MAYOTTE);
        assertThat(Telephone.parse("+508 41 23 45").national()).isEqualTo("05 08 41 23 45");
        assertThat(Telephone.parse("+508 708 45 12 34").national()).isEqualTo("07 08 45 12 34");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "17", "18", "112", "114", "115", "119", "3939", "36 55", "118 712"})
    void rejectsShortNumbers(String text) {
        assertRejected(text, "short numbers (such as 15 or 3939) are not accepted");
    }

    @Test
    void rejectsForeignNumbers() {
        assertRejected("+44 20 7946 0958", "not a French number");
        assertRejected("+1 202 555 0143", "not a French number");
        assertRejected("0049 30 1234567", "not a French number");
    }

    @Test
    void rejectsThePacificTerritoriesWhosePlansAreNotArceps() {
        assertRejected("+689 40 12 34 56", "follow their own numbering plans");
        assertRejected("+687 28 12 34", "follow their own numbering plans");
        assertRejected("+681 72 12 34", "follow their own numbering plans");
    }

    @Test
    void rejectsTheOldMayotteCountryCode() {
        assertRejected("+269 269 61 11 01", "+269 is the Comoros");
    }

    @Test
    void rejectsAnOverseasNumberWrittenWithTheMetropolitanCountryCode() {
        assertRejected("+33 6 90 12 34 56", "this number belongs to country code +590, not +33");
        assertRejected("+33 2 62 40 20 20", "this number belongs to country code +262, not +33");
        assertRejected("+33 5 08 41 23 45", "this number belongs to country code +508, not +33");
    }

    @Test
    void rejectsAMetropolitanNumberWrittenWithAnOverseasCountryCode() {
        assertRejected("+590 6 12 34 56 78", "this number belongs to country code +33, not +590");
        assertRejected("+596 690 12 34 56", "this number belongs to country code +590, not +596");
    }

    @Test
    void rejectsASpecialNumberWrittenWithAnOverseasCountryCode() {
        assertRejected("+590 800 12 34 56", "special numbers (08) are national numbers, written +33");
    }

    @Test
    void rejectsMachineToMachineNumbers() {
        assertRejected("07 00 12 34 56 78 90", "14-digit machine-to-machine numbers (07 00) are not accepted");
        assertRejected("+33 7 00 12 34 56 78 90", "14-digit machine-to-machine numbers (07 00) are not accepted");
        assertRejected("07 00 12 34 56", "07 00 is reserved for 14-digit machine-to-machine numbers");
    }

    @Test
    void rejectsRangesThePlanDoesNotOpen() {
        assertRejected("07 12 34 56 78", "this number range is not open in the ARCEP plan");
        assertRejected("07 29 34 56 78", "this number range is not open in the ARCEP plan");
        assertRejected("07 09 51 23 45", "this number range is not open in the ARCEP plan");
        assertRejected("05 08 12 34 56", "Saint-Pierre-et-Miquelon numbers (05 08) continue with 4 or 5");
    }

    @Test
    void rejectsAWrongNumberOfDigits() {
        assertRejected("06 12 34 56 7", "a French number has 10 digits, got 9");
        assertRejected("06 12 34 56 78 9", "a French number has 10 digits, got 11");
        assertRejected("+33 6 12 34 56 7", "a +33 number has 9 digits after the country code, got 8");
        assertRejected("+508 41 23 4", "a +508 number has 9 digits after the country code (or 6), got 5");
    }

    @Test
    void rejectsADoubleZeroAfterTheTrunkPrefix() {
        assertRejected("00 12 34 56 78", "not a French number");
    }

    @Test
    void rejectsLettersAndEmptyInput() {
        assertRejected("06 12 34 56 7A", "contains a character other than digits and separators");
        assertRejected("+", "has no digits");
        assertRejected("  ", "is empty");
        assertRejected("6 12 34 56 78", "a national number starts with 0");
    }

    @Test
    void neverRepeatsTheInputInItsMessage() {
        assertThatThrownBy(() -> Telephone.parse("+33 6 90 98 76 54"))
                .isInstanceOf(InvalidIdentifierException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("98").doesNotContain("76 54"));
    }

    @Test
    void constructorRequiresTheE164Form() {
        assertThatThrownBy(() -> new Telephone("0612345678"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("starts with +");
        assertThatThrownBy(() -> new Telephone("+3306 12345678")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new Telephone("+33690123456"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("+590");
        assertThat(new Telephone("+590690123456")).isEqualTo(Telephone.parse("06 90 12 34 56"));
    }

    private static void assertRejected(String text, String reason) {
        assertThat(Telephone.isValid(text)).isFalse();
        assertThatThrownBy(() -> Telephone.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(reason);
    }
}
