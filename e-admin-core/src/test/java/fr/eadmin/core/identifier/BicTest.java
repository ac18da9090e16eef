package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BNPAFRPPXXX", // BNP Paribas, Paris
                "BNPAFRPP",
                "AGRIFRPP882", // Crédit Agricole, numeric branch
                "PSSTFRPPPAR", // La Banque Postale, Paris
                "CEPAFRPP751", // Caisse d'Épargne Île-de-France
                "BDFEFRPPCCT", // Banque de France, credit transfers
                "TRPUFRP1", // DGFiP (Trésor public), passive participant
                "DEUTDEFF",
                "DEUTDEFF500",
                "NWBKGB2L",
                "ABNANL2A",
                "UBSWCHZH80A",
                "CMCIMCM1XXX" // Monaco
            })
    void acceptsRealBics(String text) {
        Bic bic = Bic.parse(text);

        assertThat(bic.value()).hasSize(11).startsWith(text.substring(0, 8));
        assertThat(Bic.isValid(text)).isTrue();
    }

    @Test
    void exposesItsParts() {
        Bic bic = Bic.parse("AGRIFRPP882");

        assertThat(bic.partyPrefix()).isEqualTo("AGRI");
        assertThat(bic.countryCode()).isEqualTo("FR");
        assertThat(bic.location()).isEqualTo("PP");
        assertThat(bic.branch()).isEqualTo("882");
        assertThat(bic.bic8()).isEqualTo("AGRIFRPP");
        assertThat(bic.isPrimaryOffice()).isFalse();
        assertThat(bic.isTest()).isFalse();
    }

    @Test
    void treatsAnEightCharacterBicAsThePrimaryOffice() {
        Bic short8 = Bic.parse("BNPAFRPP");
        Bic long11 = Bic.parse("BNPAFRPPXXX");

        assertThat(short8).isEqualTo(long11).hasSameHashCodeAs(long11);
        assertThat(short8.toString()).isEqualTo("BNPAFRPPXXX");
        assertThat(short8.branch()).isEqualTo("XXX");
        assertThat(short8.isPrimaryOffice()).isTrue();
    }

    @Test
    void normalisesWhatPeopleType() {
        assertThat(Bic.parse(" bnpa fr pp xxx ")).isEqualTo(Bic.parse("BNPAFRPPXXX"));
        assertThat(Bic.parse("BNPA-FR-PP")).isEqualTo(Bic.parse("BNPAFRPPXXX"));
        assertThat(Bic.parse("BNPA\u00a0FR\u00a0PP")).isEqualTo(Bic.parse("BNPAFRPPXXX"));
    }

    @Test
    void comparesInstitutionsOnTheirEightFirstCharacters() {
        assertThat(Bic.parse("AGRIFRPP882").sameInstitution(Bic.parse("AGRIFRPP")))
                .isTrue();
        assertThat(Bic.parse("AGRIFRPP882").sameInstitution(Bic.parse("AGRIFRPP839")))
                .isTrue();
        assertThat(Bic.parse("BNPAFRPP").sameInstitution(Bic.parse("BNPAGB22"))).isFalse();
        assertThat(Bic.parse("BNPAFRPP").sameInstitution(Bic.parse("BNPAFRP1"))).isFalse();
    }

    @Test
    void tellsTestBics() {
        assertThat(Bic.parse("BNPAFRP0").isTest()).isTrue();
        assertThat(Bic.parse("BNPAFRPP").isTest()).isFalse();
    }

    @Test
    void acceptsAnAlphanumericPartyPrefixOfIso9362Edition2014() {
        assertThat(Bic.isValid("1BNPFRPP")).isTrue();
        assertThat(Bic.parse("B2NPFRPPXXX").partyPrefix()).isEqualTo("B2NP");
    }

    @Test
    void acceptsKosovo() {
        assertThat(Bic.isValid("RBKOXKPR")).isTrue();
    }

    @Test
    void acceptsEveryIso3166Country() {
        for (String country : Locale.getISOCountries()) {
            assertThat(Bic.isValid("ABCD" + country + "2A")).as(country).isTrue();
        }
    }

    @Test
    void rejectsAWrongLength() {
        assertRejected("", "must have 8 or 11 characters, got 0");
        assertRejected("BNPAFRP", "must have 8 or 11 characters, got 7");
        assertRejected("BNPAFRPPX", "must have 8 or 11 characters, got 9");
        assertRejected("BNPAFRPPXXXX", "must have 8 or 11 characters, got 12");
    }

    @Test
    void rejectsOtherCharacters() {
        assertRejected("BNPAFRP_", "position 8 is not a letter or a digit");
        assertRejected("BNPAFRPÉ", "position 8 is not a letter or a digit");
    }

    @Test
    void rejectsDigitsInTheCountryCode() {
        assertRejected("BNPAF1PP", "country code (positions 5 and 6) must be two letters");
    }

    @Test
    void rejectsACountryCodeThatIso3166DoesNotAssign() {
        assertRejected("BNPAQQPP", "country code QQ is not an ISO 3166-1 country code");
        assertRejected("BNPAUKPP", "country code UK is not an ISO 3166-1 country code");
    }

    @Test
    void constructorRequiresTheElevenCharacterForm() {
        assertThatThrownBy(() -> new Bic("BNPAFRPP"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("11 characters");
        assertThatThrownBy(() -> new Bic("bnpafrppxxx")).isInstanceOf(InvalidIdentifierException.class);
    }

    private static void assertRejected(String text, String reason) {
        assertThat(Bic.isValid(text)).isFalse();
        assertThatThrownBy(() -> Bic.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(reason);
    }
}
