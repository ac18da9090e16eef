package fr.eadmin.core.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.CodePostal;
import fr.eadmin.core.identifier.InvalidIdentifierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Construction and validation of {@link Adresse}; the postal lines are in {@link LignesPostalesTest}. */
class AdresseTest {
    private static Adresse.Builder lyon() {
        return Adresse.builder()
                .numero(12)
                .voie("rue des Lilas")
                .codePostal("69003")
                .commune("Lyon");
    }

    private static String fieldOf(Throwable e) {
        return ((InvalidUsagerException) e).field();
    }

    @Test
    void isInFranceByDefault() {
        Adresse adresse = lyon().build();
        assertThat(adresse.pays()).isEqualTo("FR");
        assertThat(adresse.enFrance()).isTrue();
        assertThat(adresse.cedex()).isFalse();
    }

    @Test
    void normalisesItsValues() {
        Adresse adresse = Adresse.builder()
                .numero(12)
                .indiceRepetition(" BIS. ")
                .voie("  rue   des Lilas ")
                .pointDeRemise("   ")
                .codePostal("69 003")
                .commune(" Lyon ")
                .pays(" fr ")
                .build();
        assertThat(adresse.indiceRepetition()).isEqualTo("bis");
        assertThat(adresse.voie()).isEqualTo("rue des Lilas");
        assertThat(adresse.pointDeRemise()).isNull();
        assertThat(adresse.codePostal()).isEqualTo("69003");
        assertThat(adresse.commune()).isEqualTo("Lyon");
        assertThat(adresse.pays()).isEqualTo("FR");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies", "a", "Z"
            })
    void acceptsTheIndicesOfTheBan(String indice) {
        assertThat(lyon().indiceRepetition(indice).build().indiceRepetition()).isEqualTo(indice.toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"b2", "bis ter", "1", "é", "ab", "bisse"})
    void rejectsOtherIndices(String indice) {
        assertThatThrownBy(() -> lyon().indiceRepetition(indice).build())
                .isInstanceOf(InvalidUsagerException.class)
                .extracting(AdresseTest::fieldOf)
                .isEqualTo("adresse.indiceRepetition");
    }

    @Test
    void rejectsAnIndiceWithoutNumero() {
        assertThatThrownBy(() -> lyon().numero(null).indiceRepetition("bis").build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.indiceRepetition: needs a numero");
    }

    @Test
    void acceptsNumbersOfTheBan() {
        assertThat(lyon().numero(0).build().numero()).isZero();
        assertThat(lyon().numero(99_998).build().numero()).isEqualTo(99_998);
        assertThatThrownBy(() -> lyon().numero(-1).build()).isInstanceOf(InvalidUsagerException.class);
        assertThatThrownBy(() -> lyon().numero(99_999).build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.numero: must be between 0 and 99998");
    }

    @Test
    void rejectsANumeroWithoutVoieOrLieuDit() {
        assertThatThrownBy(() -> lyon().voie(null).serviceDistribution("BP 12").build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.numero: needs a voie or a lieu-dit");
    }

    @Test
    void requiresAVoieALieuDitOrAServiceInFrance() {
        assertThatThrownBy(() -> lyon().numero(null).voie(null).build())
                .isInstanceOf(InvalidUsagerException.class)
                .extracting(AdresseTest::fieldOf)
                .isEqualTo("adresse.voie");
        assertThat(lyon().numero(null).voie(null).lieuDit("Le Bourg").build().lieuDit())
                .isEqualTo("Le Bourg");
        assertThat(lyon().numero(null)
                        .voie(null)
                        .serviceDistribution("TSA 12345")
                        .build()
                        .serviceDistribution())
                .isEqualTo("TSA 12345");
    }

    @Test
    void requiresAValidCodePostalInFrance() {
        assertThatThrownBy(() -> lyon().codePostal((String) null).build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.codePostal: is required in France");
        assertThatThrownBy(() -> lyon().codePostal("6900").build()).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> lyon().codePostal("SW1A 2AA").build()).isInstanceOf(InvalidIdentifierException.class);
        assertThat(lyon().codePostal(CodePostal.parse("97400")).build().codePostal())
                .isEqualTo("97400");
    }

    @Test
    void keepsAForeignCodePostalAsGiven() {
        Adresse london = Adresse.builder()
                .numero(10)
                .voie("Downing Street")
                .codePostal(" SW1A 2AA ")
                .commune("London")
                .pays("gb")
                .build();
        assertThat(london.codePostal()).isEqualTo("SW1A 2AA");
        assertThat(london.enFrance()).isFalse();
        Adresse dublin = Adresse.builder()
                .voie("1 O'Connell Street")
                .commune("Dublin")
                .pays("IE")
                .build();
        assertThat(dublin.codePostal()).isNull();
    }

    @Test
    void rejectsACodeInseeOrACedexAbroad() {
        Adresse.Builder bruxelles = Adresse.builder()
                .voie("Rue de la Loi 16")
                .codePostal("1000")
                .commune("Bruxelles")
                .pays("BE");
        assertThatThrownBy(() -> bruxelles.codeInsee(CodeInsee.parse("75056")).build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.codeInsee: only French addresses have a code INSEE");
        assertThatThrownBy(() -> bruxelles.codeInsee(null).cedex().build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.cedex: only French addresses can be CEDEX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "FRA", "", "F", "UK"})
    void rejectsWhatIsNotAnIsoCountryCode(String pays) {
        assertThatThrownBy(() -> lyon().pays(pays).build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.pays: must be an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void checksTheCedexBureau() {
        assertThat(lyon().cedex(7).build().bureauCedex()).isEqualTo(7);
        assertThat(lyon().cedex(7).sansCedex().build().cedex()).isFalse();
        assertThatThrownBy(() -> lyon().cedex(0).build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.bureauCedex: must be between 1 and 99");
        assertThatThrownBy(() -> lyon().cedex(100).build()).isInstanceOf(InvalidUsagerException.class);
        assertThatThrownBy(() ->
                        new Adresse(null, null, "rue A", null, null, null, null, "69003", "Lyon", null, "FR", false, 3))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.bureauCedex: needs a CEDEX address");
    }

    @Test
    void limitsTheLinesPrintedAsGivenTo38Characters() {
        String line38 = "Appartement 1234, escalier B, étage 10";
        assertThat(line38).hasSize(38);
        assertThat(lyon().pointDeRemise(line38).build().pointDeRemise()).isEqualTo(line38);
        assertThatThrownBy(() -> lyon().pointDeRemise(line38 + "x").build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.pointDeRemise: must have at most 38 characters, got 39");
        assertThatThrownBy(() -> lyon().complementGeographique(line38 + "x").build())
                .isInstanceOf(InvalidUsagerException.class);
        assertThatThrownBy(
                        () -> lyon().serviceDistribution("BP " + "1".repeat(36)).build())
                .isInstanceOf(InvalidUsagerException.class);
    }

    @Test
    void rejectsPlacesWithoutLetterOrDigit() {
        assertThatThrownBy(() -> lyon().voie("--").build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.voie: must contain a letter or a digit");
        assertThatThrownBy(() -> lyon().commune("'").build()).isInstanceOf(InvalidUsagerException.class);
        assertThatThrownBy(() -> lyon().voie("rue " + "x".repeat(97)).build())
                .isInstanceOf(InvalidUsagerException.class);
        assertThatThrownBy(() ->
                        Adresse.builder().voie("rue A").codePostal("69003").build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.commune: is required");
    }

    @Test
    void requiresTheLatinAlphabetInFranceOnly() {
        assertThatThrownBy(() -> lyon().commune("Москва").build())
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("adresse.commune: must be written in Latin letters or digits in France");
        assertThatThrownBy(() -> lyon().voie("улица").build())
                .isInstanceOf(InvalidUsagerException.class)
                .extracting(AdresseTest::fieldOf)
                .isEqualTo("adresse.voie");
        Adresse moscou = Adresse.builder()
                .voie("ул. Тверская, 1")
                .codePostal("125009")
                .commune("Москва")
                .pays("RU")
                .build();
        assertThat(moscou.lignesPostales()).containsExactly("ул. Тверская, 1", "125009 МОСКВА", "RUSSIE");
    }

    @Test
    void toBuilderKeepsEveryValue() {
        Adresse adresse = Adresse.builder()
                .numero(4)
                .indiceRepetition("a")
                .voie("rue Victor Hugo")
                .lieuDit("Quartier Saint-Martin")
                .pointDeRemise("Chez M. Martin")
                .complementGeographique("Bâtiment C")
                .serviceDistribution("BP 12")
                .codePostal("35000")
                .commune("Rennes")
                .codeInsee(CodeInsee.parse("35238"))
                .cedex(2)
                .build();
        assertThat(adresse.toBuilder().build()).isEqualTo(adresse);
        assertThat(adresse.toBuilder().numero(6).build().numero()).isEqualTo(6);
    }
}
