package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    /** The example IBAN of every country of the SWIFT IBAN registry (ISO 13616), as the registry prints it. */
    static Stream<String> registryExamples() {
        return Stream.of(
                "AD1200012030200359100100",
                "AE070331234567890123456",
                "AL47212110090000000235698741",
                "AT611904300234573201",
                "AZ21NABZ00000000137010001944",
                "BA391290079401028494",
                "BE68539007547034",
                "BG80BNBG96611020345678",
                "BH67BMAG00001299123456",
                "BI4210000100010000332045181",
                "BR1800360305000010009795493C1",
                "BY13NBRB3600900000002Z00AB00",
                "CH9300762011623852957",
                "CR05015202001026284066",
                "CY17002001280000001200527600",
                "CZ6508000000192000145399",
                "DE89370400440532013000",
                "DJ2100010000000154000100186",
                "DK5000400440116243",
                "DO28BAGR00000001212453611324",
                "EE382200221020145685",
                "EG380019000500000000263180002",
                "ES9121000418450200051332",
                "FI2112345600000785",
                "FK88SC123456789012",
                "FO6264600001631634",
                "FR1420041010050500013M02606",
                "GB29NWBK60161331926819",
                "GE29NB0000000101904917",
                "GI75NWBK000000007099453",
                "GL8964710001000206",
                "GR1601101250000000012300695",
                "GT82TRAJ01020000001210029690",
                "HN88CABF00000000000250005469",
                "HR1210010051863000160",
                "HU42117730161111101800000000",
                "IE29AIBK93115212345678",
                "IL620108000000099999999",
                "IQ98NBIQ850123456789012",
                "IS140159260076545510730339",
                "IT60X0542811101000000123456",
                "JO94CBJO0010000000000131000302",
                "KW81CBKU0000000000001234560101",
                "KZ86125KZT5004100100",
                "LB62099900000001001901229114",
                "LC55HEMM000100010012001200023015",
                "LI21088100002324013AA",
                "LT121000011101001000",
                "LU280019400644750000",
                "LV80BANK0000435195001",
                "LY83002048000020100120361",
                "MC5811222000010123456789030",
                "MD24AG000225100013104168",
                "ME25505000012345678951",
                "MK07250120000058984",
                "MN121234123456789123",
                "MR1300020001010000123456753",
                "MT84MALT011000012345MTLCAST001S",
                "MU17BOMM0101101030300200000MUR",
                "NI45BAPR00000013000003558124",
                "NL91ABNA0417164300",
                "NO9386011117947",
                "OM810180000001299123456",
                "PK36SCBL0000001123456702",
                "PL61109010140000071219812874",
                "PS92PALS000000000400123456702",
                "PT50000201231234567890154",
                "QA58DOHB00001234567890ABCDEFG",
                "RO49AAAA1B31007593840000",
                "RS35260005601001611379",
                "RU0304452522540817810538091310419",
                "SA0380000000608010167519",
                "SC18SSCB11010000000000001497USD",
                "SD2129010501234001",
                "SE4550000000058398257466",
                "SI56263300012039086",
                "SK3112000000198742637541",
                "SM86U0322509800000000270100",
                "SO211000001001000100141",
                "ST23000100010051845310146",
                "SV62CENR00000000000000700025",
                "TL380080012345678910157",
                "TN5910006035183598478831",
                "TR330006100519786457841326",
                "UA213223130000026007233566001",
                "VA59001123000012345678",
                "VG96VPVG0000012345678901",
                "XK051212012345678906",
                "YE15CBYE0001018861234567891234");
    }

    @ParameterizedTest
    @MethodSource("registryExamples")
    void acceptsTheRegistryExampleOfEveryCountry(String example) {
        Iban iban = Iban.parse(example);

        assertThat(iban.toString()).isEqualTo(example);
        assertThat(iban.countryCode()).isEqualTo(example.substring(0, 2));
        assertThat(Iban.isValid(example)).isTrue();
    }

    @Test
    void knowsEveryCountryOfTheRegistry() {
        Set<String> examples = new TreeSet<>();
        registryExamples().forEach(example -> examples.add(example.substring(0, 2)));

        assertThat(Iban.countryCodes()).hasSize(89).containsExactlyElementsOf(examples);
    }

    @Test
    void exposesItsParts() {
        Iban iban = Iban.parse("FR76 3000 6000 0112 3456 7890 189");

        assertThat(iban.value()).isEqualTo("FR7630006000011234567890189");
        assertThat(iban.countryCode()).isEqualTo("FR");
        assertThat(iban.checkDigits()).isEqualTo("76");
        assertThat(iban.bban()).isEqualTo("30006000011234567890189");
        assertThat(iban.formatted()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThat(iban.masked()).isEqualTo("FR** **** **** **** **** ***0 189");
    }

    @Test
    void normalisesWhatPeopleType() {
        Iban expected = Iban.parse("FR7630006000011234567890189");

        assertThat(Iban.parse("  fr76 3000 6000 0112 3456 7890 189 ")).isEqualTo(expected);
        assertThat(Iban.parse("FR76-3000-6000-0112-3456-7890-189")).isEqualTo(expected);
        assertThat(Iban.parse("FR76.3000.6000.0112.3456.7890.189")).isEqualTo(expected);
        assertThat(Iban.parse("FR76\u00a03000\u202f6000 0112 3456 7890 189")).isEqualTo(expected);
        assertThat(Iban.parse("IBAN FR76 3000 6000 0112 3456 7890 189")).isEqualTo(expected);
    }

    @Test
    void acceptsAFrenchAccountNumberWithLetters() {
        Iban iban = Iban.parse("FR14 2004 1010 0505 0001 3M02 606");

        assertThat(iban.bban()).isEqualTo("20041010050500013M02606");
    }

    @Test
    void tellsSepaCountries() {
        assertThat(Iban.parse("FR7630006000011234567890189").isSepa()).isTrue();
        assertThat(Iban.parse("MC5811222000010123456789030").isSepa()).isTrue();
        assertThat(Iban.parse("GB29NWBK60161331926819").isSepa()).isTrue();
        assertThat(Iban.parse("CH9300762011623852957").isSepa()).isTrue();
        assertThat(Iban.parse("GI75NWBK000000007099453").isSepa()).isTrue();
        assertThat(Iban.parse("RS35260005601001611379").isSepa()).isTrue();
        assertThat(Iban.parse("AL47212110090000000235698741").isSepa()).isTrue();
        assertThat(Iban.parse("TR330006100519786457841326").isSepa()).isFalse();
        assertThat(Iban.parse("FO6264600001631634").isSepa()).isFalse();
        assertThat(Iban.parse("MR1300020001010000123456753").isSepa()).isFalse();
    }

    @Test
    void describesTheBbanStructureOfACountry() {
        assertThat(Iban.bbanStructure("FR")).contains("5!n5!n11!c2!n");
        assertThat(Iban.bbanStructure("DE")).contains("8!n10!n");
        assertThat(Iban.bbanStructure("US")).isEmpty();
    }

    @Test
    void rejectsAnEmptyText() {
        assertRejected("   ", "is empty");
    }

    @Test
    void rejectsACharacterOtherThanLettersAndDigits() {
        assertRejected("FR76 3000 6000 0112 3456 7890 18_", "position 27 is not an upper-case letter or a digit");
    }

    @Test
    void rejectsAMissingCountryCode() {
        assertRejected("7630006000011234567890189", "must start with a two-letter country code");
    }

    @Test
    void rejectsACountryOutsideTheRegistry() {
        assertRejected("US64SVBKUS6S3300958879", "country code US is not in the SWIFT IBAN registry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "TF"})
    void explainsThatFrenchOverseasAccountsUseFr(String territory) {
        assertRejected(
                territory + "7630006000011234567890189", "accounts of " + territory + " have IBANs starting with FR");
    }

    @Test
    void explainsThatCrownDependenciesUseGb() {
        assertRejected("JE29NWBK60161331926819", "accounts of JE have IBANs starting with GB");
    }

    @Test
    void rejectsAWrongLength() {
        assertRejected("FR763000600001123456789018", "an IBAN of FR has 27 characters, got 26");
        assertRejected("DE8937040044053201300011", "an IBAN of DE has 22 characters, got 24");
    }

    @Test
    void rejectsLettersInTheCheckDigits() {
        assertRejected("FR7A30006000011234567890189", "check digits (positions 3 and 4) must be digits");
    }

    @Test
    void rejectsALetterWhereTheCountryRequiresADigit() {
        assertRejected("DE89370400440532O13000", "position 17 must be a digit for DE");
    }

    @Test
    void rejectsADigitWhereTheCountryRequiresALetter() {
        assertRejected("GB29NW1K60161331926819", "position 7 must be a letter for GB");
    }

    @Test
    void rejectsWrongCheckDigits() {
        assertRejected("FR7730006000011234567890189", "check digits do not match");
        assertRejected("DE89370400440532013001", "check digits do not match");
    }

    @Test
    void rejectsCheckDigits00EvenWhenTheRemainderIs1() {
        String bban = bbanWithCheckDigits("DE", 97);
        assertThat(mod97("DE00" + bban)).isEqualTo(1);

        assertRejected("DE00" + bban, "check digits 00 are never issued");
        assertThat(Iban.isValid("DE97" + bban)).isTrue();
    }

    @Test
    void rejectsCheckDigits01EvenWhenTheRemainderIs1() {
        String bban = bbanWithCheckDigits("DE", 98);
        assertThat(mod97("DE01" + bban)).isEqualTo(1);

        assertRejected("DE01" + bban, "check digits 01 are never issued");
        assertThat(Iban.isValid("DE98" + bban)).isTrue();
    }

    @Test
    void rejectsCheckDigits99EvenWhenTheRemainderIs1() {
        String bban = bbanWithCheckDigits("DE", 2);
        assertThat(mod97("DE99" + bban)).isEqualTo(1);

        assertRejected("DE99" + bban, "check digits 99 are never issued");
        assertThat(Iban.isValid("DE02" + bban)).isTrue();
    }

    @Test
    void rejectsAWrongCleRibEvenWithMatchingCheckDigits() {
        String bban = "30006000011234567890188"; // clé RIB 89 is right, 88 is not
        String iban = "FR" + checkDigits("FR", bban) + bban;
        assertThat(mod97(iban)).isEqualTo(1);

        assertRejected(iban, "clé RIB does not match");
    }

    @Test
    void checksTheCleRibOfMonaco() {
        String bban = "11222000010123456789031";
        String iban = "MC" + checkDigits("MC", bban) + bban;

        assertRejected(iban, "clé RIB does not match");
    }

    @Test
    void mapsLettersOfAFrenchAccountNumberByTheBanqueDeFranceTable() {
        // 13M02 -> 13402: the key of 20041 01005 0500013M026 is 06 only with M = 4.
        assertThat(Iban.ribKey("20041010050500013M026")).isEqualTo(6);
        assertThat(Iban.ribKey("200410100505000134026")).isEqualTo(6);
        for (char c : "AJ".toCharArray()) {
            assertThat(Iban.ribDigit(c)).isEqualTo(1);
        }
        for (char c : "BKS".toCharArray()) {
            assertThat(Iban.ribDigit(c)).isEqualTo(2);
        }
        for (char c : "IRZ".toCharArray()) {
            assertThat(Iban.ribDigit(c)).isEqualTo(9);
        }
    }

    @Test
    void catchesThroughTheCleRibATranspositionMod97CannotSee() {
        // "B1" and "1B" have the same digit expansion (B = 11): MOD 97-10 cannot tell them apart.
        String luBban = "0019B10644750000";
        String luSwapped = "00191B0644750000";
        String lu = "LU" + checkDigits("LU", luBban) + luBban;
        String luTransposed = "LU" + checkDigits("LU", luBban) + luSwapped;
        assertThat(Iban.isValid(lu)).isTrue();
        assertThat(Iban.isValid(luTransposed)).isTrue();

        String frBban = withRibKey("3000600001B1234567890");
        String fr = "FR" + checkDigits("FR", frBban) + frBban;
        String frTransposed = fr.replace("B1234", "1B234");
        assertThat(Iban.isValid(fr)).isTrue();
        assertThat(mod97(frTransposed)).isEqualTo(1);
        assertRejected(frTransposed, "clé RIB does not match");
    }

    @Test
    void neverRepeatsTheInputInItsMessage() {
        String bban = "30006000011234567890188";
        String iban = "FR" + checkDigits("FR", bban) + bban;

        assertThatThrownBy(() -> Iban.parse(iban))
                .isInstanceOf(InvalidIdentifierException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234567890"))
                .satisfies(e -> assertThat(((InvalidIdentifierException) e).identifierType())
                        .isEqualTo("IBAN"));
    }

    @Test
    void constructorRequiresTheElectronicForm() {
        assertThatThrownBy(() -> new Iban("fr7630006000011234567890189"))
                .isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new Iban("FR76 3000 6000 0112 3456 7890 189"))
                .isInstanceOf(InvalidIdentifierException.class);
        assertThat(new Iban("FR7630006000011234567890189")).isEqualTo(Iban.parse("FR76 3000 6000 0112 3456 7890 189"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Iban.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Iban.isValid(null)).isInstanceOf(NullPointerException.class);
    }

    private static void assertRejected(String text, String reason) {
        assertThat(Iban.isValid(text)).isFalse();
        assertThatThrownBy(() -> Iban.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(reason);
    }

    /** Searches German BBANs in order for one whose check digits are the wanted ones. */
    private static String bbanWithCheckDigits(String country, int wanted) {
        for (long account = 0; ; account++) {
            String bban = "37040044" + String.format("%010d", account);
            if (Integer.parseInt(checkDigits(country, bban)) == wanted) {
                return bban;
            }
        }
    }

    private static String checkDigits(String country, String bban) {
        return String.format("%02d", 98 - mod97(country + "00" + bban));
    }

    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    private static String withRibKey(String bankBranchAccount) {
        return bankBranchAccount + String.format("%02d", Iban.ribKey(bankBranchAccount));
    }
}
