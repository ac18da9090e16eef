package fr.eadmin.core.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.identifier.CodeInsee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LieuNaissanceTest {
    @ParameterizedTest
    @ValueSource(strings = {"99109", "99134", "99216", "99350", "99404", "99501", " 99131 "})
    void acceptsInseeCountryCodes(String code) {
        assertThat(new LieuNaissance.AEtranger(code, "Pays", null).codePaysInsee())
                .isEqualTo(code.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9910", "991090", "98109", "99009", "99609", "99 109", "FR", "9910A"})
    void rejectsWhatIsNotACountryCode(String code) {
        assertThatThrownBy(() -> new LieuNaissance.AEtranger(code, "Pays", null))
                .isInstanceOf(InvalidUsagerException.class)
                .extracting(e -> ((InvalidUsagerException) e).field())
                .isEqualTo("lieuNaissance.codePaysInsee");
    }

    @Test
    void rejectsFranceAsACountryAbroad() {
        assertThatThrownBy(() -> new LieuNaissance.AEtranger("99100", "France", null))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageContaining("EnFrance");
    }

    @Test
    void treatsABlankTownAsUnknown() {
        LieuNaissance.AEtranger lieu = new LieuNaissance.AEtranger("99134", " Espagne ", " ");
        assertThat(lieu.ville()).isNull();
        assertThat(lieu.pays()).isEqualTo("Espagne");
        assertThat(lieu.libelleComplet()).isEqualTo("Espagne");
        assertThat(new LieuNaissance.AEtranger("99134", "Espagne", "Madrid").libelleComplet())
                .isEqualTo("Madrid (Espagne)");
    }

    @Test
    void requiresTheNameOfTheCommuneOrCountry() {
        assertThatThrownBy(() -> new LieuNaissance.EnFrance(CodeInsee.parse("69123"), " "))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("lieuNaissance.libelle: must not be blank");
        assertThatThrownBy(() -> new LieuNaissance.AEtranger("99134", "", null))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("lieuNaissance.pays: must not be blank");
        assertThat(new LieuNaissance.EnFrance(CodeInsee.parse("97411"), "Saint-Denis").libelleComplet())
                .isEqualTo("Saint-Denis");
    }
}
