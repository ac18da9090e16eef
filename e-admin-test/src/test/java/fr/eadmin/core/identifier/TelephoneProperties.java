package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.identifier.Telephone.Territory;
import fr.eadmin.test.arbitraries.ContactArbitraries;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class TelephoneProperties {

    @Provide
    Arbitrary<Telephone> telephones() {
        return ContactArbitraries.telephones();
    }

    @Property
    void everyGeneratedNumberRoundTrips(@ForAll("telephones") Telephone telephone) {
        String national = telephone.national();
        String compact = national.replace(" ", "");
        String e164 = telephone.toString();

        assertThat(Telephone.parse(e164)).isEqualTo(telephone);
        assertThat(Telephone.parse(national)).isEqualTo(telephone);
        assertThat(Telephone.parse(national.replace(' ', '.'))).isEqualTo(telephone);
        assertThat(Telephone.parse(national.replace(' ', '-'))).isEqualTo(telephone);
        assertThat(Telephone.parse("00" + e164.substring(1))).isEqualTo(telephone);
        assertThat(new Telephone(e164)).isEqualTo(telephone);
        assertThat(compact).hasSize(10).startsWith("0");
        assertThat(e164).startsWith("+" + telephone.countryCode());
    }

    @Property
    void numbersOfTheTenDigitFormAlsoParseWithTheTrunkZeroInParentheses(@ForAll("telephones") Telephone telephone) {
        String e164 = telephone.toString();
        String countryCode = telephone.countryCode();
        String significant = e164.substring(1 + countryCode.length());

        assertThat(Telephone.parse("+" + countryCode + " (0)" + significant)).isEqualTo(telephone);
    }

    @Property
    void theCountryCodeFollowsTheTerritory(@ForAll("telephones") Telephone telephone) {
        assertThat(telephone.countryCode()).isEqualTo(telephone.territory().countryCode());
        boolean metropolitanCode = telephone.countryCode().equals("33");
        assertThat(metropolitanCode)
                .isEqualTo(EnumSet.of(Territory.METROPOLE, Territory.NON_TERRITORIALISE)
                        .contains(telephone.territory()));
        assertThat(telephone.type() == Telephone.Type.SPECIAL)
                .isEqualTo(telephone.territory() == Territory.NON_TERRITORIALISE);
    }

    @Property
    void anOverseasNumberIsRejectedUnderTheMetropolitanCountryCode(@ForAll("telephones") Telephone telephone) {
        String significant = telephone.national().replace(" ", "").substring(1);
        boolean metropolitan = telephone.countryCode().equals("33");

        assertThat(Telephone.isValid("+33" + significant)).isEqualTo(metropolitan);
    }

    @Property
    void randomTextIsRejectedOnlyWithInvalidIdentifierException(@ForAll @StringLength(max = 24) String text) {
        assertParseAgreesWithIsValid(text);
    }

    @Property
    void numberLikeTextIsRejectedOnlyWithInvalidIdentifierException(
            @ForAll
                    @CharRange(from = '0', to = '9')
                    @Chars({'+', ' ', '.', '-', '(', ')', '\u00a0'})
                    @StringLength(max = 22)
                    String text) {
        assertParseAgreesWithIsValid(text);
    }

    @Example
    void theArbitraryCoversEveryTerritoryAndCategory() {
        Set<Territory> territories = ContactArbitraries.telephones()
                .sampleStream()
                .limit(3_000)
                .map(Telephone::territory)
                .collect(Collectors.toSet());
        Set<Telephone.Type> types = ContactArbitraries.telephones()
                .sampleStream()
                .limit(3_000)
                .map(Telephone::type)
                .collect(Collectors.toSet());

        assertThat(territories).containsExactlyInAnyOrder(Territory.values());
        assertThat(types).containsExactlyInAnyOrder(Telephone.Type.values());
    }

    private static void assertParseAgreesWithIsValid(String text) {
        boolean parsed;
        try {
            Telephone.parse(text);
            parsed = true;
        } catch (InvalidIdentifierException e) {
            parsed = false;
        }
        assertThat(Telephone.isValid(text)).isEqualTo(parsed);
    }
}
