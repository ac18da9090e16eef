package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.test.arbitraries.BankingArbitraries;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class BicProperties {

    @Provide
    Arbitrary<Bic> bics() {
        return BankingArbitraries.bics();
    }

    @Property
    void everyGeneratedBicRoundTrips(@ForAll("bics") Bic bic) {
        assertThat(Bic.parse(bic.toString())).isEqualTo(bic);
        assertThat(Bic.parse(bic.toString().toLowerCase(Locale.ROOT))).isEqualTo(bic);
        assertThat(Bic.parse(bic.bic8() + " " + bic.branch())).isEqualTo(bic);
        assertThat(new Bic(bic.value())).isEqualTo(bic);
        assertThat(bic.partyPrefix() + bic.countryCode() + bic.location() + bic.branch())
                .isEqualTo(bic.value());
    }

    @Property
    void anEightCharacterBicIsItsPrimaryOffice(@ForAll("bics") Bic bic) {
        Bic primary = Bic.parse(bic.bic8());

        assertThat(primary.isPrimaryOffice()).isTrue();
        assertThat(primary).isEqualTo(Bic.parse(bic.bic8() + "XXX"));
        assertThat(primary.sameInstitution(bic)).isTrue();
        assertThat(bic.sameInstitution(primary)).isTrue();
        assertThat(primary.equals(bic)).isEqualTo(bic.isPrimaryOffice());
    }

    @Property
    void randomTextIsRejectedOnlyWithInvalidIdentifierException(@ForAll @StringLength(max = 14) String text) {
        assertParseAgreesWithIsValid(text);
    }

    @Property
    void bicLikeTextIsRejectedOnlyWithInvalidIdentifierException(
            @ForAll
                    @CharRange(from = 'A', to = 'Z')
                    @CharRange(from = '0', to = '9')
                    @Chars({' ', '-', 'x'})
                    @StringLength(min = 7, max = 12)
                    String text) {
        assertParseAgreesWithIsValid(text);
    }

    private static void assertParseAgreesWithIsValid(String text) {
        boolean parsed;
        try {
            Bic.parse(text);
            parsed = true;
        } catch (InvalidIdentifierException e) {
            parsed = false;
        }
        assertThat(Bic.isValid(text)).isEqualTo(parsed);
    }
}
