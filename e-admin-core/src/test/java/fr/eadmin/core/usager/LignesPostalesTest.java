package fr.eadmin.core.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Samples;
import fr.eadmin.core.identifier.CodeInsee;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines of norme AFNOR NF Z10-011 printed by {@link Adresse#lignesPostales(List)}, on real addresses. */
class LignesPostalesTest {
    @Test
    void printsAnAddressWithPointDeRemiseAndBis() {
        assertThat(Samples.adresseLyon().lignesPostales(List.of("Madame Claire Dupont")))
                .containsExactly(
                        "Madame Claire Dupont", "Appartement 12, escalier B", "12 BIS RUE DES LILAS", "69003 LYON");
    }

    @Test
    void printsTheComplementGeographiqueOnLineThreeAsGiven() {
        Adresse adresse = Adresse.builder()
                .numero(8)
                .voie("avenue Jean Jaurès")
                .pointDeRemise("Appartement 24")
                .complementGeographique("Résidence les Pins, bâtiment A")
                .codePostal("31400")
                .commune("Toulouse")
                .build();
        assertThat(adresse.lignesPostales(List.of("M. Karim Benali")))
                .containsExactly(
                        "M. Karim Benali",
                        "Appartement 24",
                        "Résidence les Pins, bâtiment A",
                        "8 AVENUE JEAN JAURES",
                        "31400 TOULOUSE");
    }

    @Test
    void printsALieuDitWithoutNumberOnLineFive() {
        Adresse adresse = Adresse.builder()
                .lieuDit("Le Bourg")
                .codePostal("23200")
                .commune("Saint-Pardoux-le-Neuf")
                .build();
        assertThat(adresse.lignesPostales()).containsExactly("LE BOURG", "23200 SAINT PARDOUX LE NEUF");
    }

    @Test
    void printsAVoieAndItsLieuDit() {
        Adresse adresse = Adresse.builder()
                .numero(3)
                .voie("chemin des Vignes")
                .lieuDit("Hameau de Bel-Air")
                .codePostal("84220")
                .commune("Gordes")
                .build();
        assertThat(adresse.lignesPostales())
                .containsExactly("3 CHEMIN DES VIGNES", "HAMEAU DE BEL AIR", "84220 GORDES");
    }

    @Test
    void printsANumberedLieuDitAsTheVoie() {
        Adresse adresse = Adresse.builder()
                .numero(5)
                .lieuDit("Les Grands Champs")
                .codePostal("71250")
                .commune("Cluny")
                .build();
        assertThat(adresse.lignesPostales()).containsExactly("5 LES GRANDS CHAMPS", "71250 CLUNY");
    }

    @Test
    void keepsAVoieOf38CharactersWhole() {
        Adresse adresse = Adresse.builder()
                .numero(7)
                .indiceRepetition("ter")
                .voie("avenue du Général de Gaulle")
                .codePostal("94000")
                .commune("Créteil")
                .build();
        assertThat(adresse.lignesPostales()).containsExactly("7 TER AVENUE DU GENERAL DE GAULLE", "94000 CRETEIL");
    }

    @Test
    void abbreviatesALongVoieAsTheNormeAllows() {
        Adresse adresse = Adresse.builder()
                .numero(12)
                .indiceRepetition("bis")
                .voie("boulevard du Maréchal de Lattre de Tassigny")
                .codePostal("06000")
                .commune("Nice")
                .build();
        assertThat(adresse.lignesPostales()).containsExactly("12 B BD DU MAL DE LATTRE DE TASSIGNY", "06000 NICE");
    }

    @Test
    void abbreviatesOnlyTheTypeWhenThatIsEnough() {
        Adresse adresse = Adresse.builder()
                .numero(140)
                .voie("boulevard de la République Française")
                .codePostal("13001")
                .commune("Marseille")
                .build();
        assertThat(adresse.lignesPostales().get(0)).isEqualTo("140 BD DE LA REPUBLIQUE FRANCAISE");
    }

    @Test
    void cutsAVoieTooLongForAnyAbbreviationAtAWordBoundary() {
        Adresse adresse = Adresse.builder()
                .numero(12)
                .voie("chemin de la Grande Fontaine aux Loups de la Forêt Domaniale")
                .codePostal("77300")
                .commune("Fontainebleau")
                .build();
        assertThat(adresse.lignesPostales().get(0)).isEqualTo("12 CHE DE LA GDE FONTAINE AUX LOUPS DE");
    }

    @Test
    void writesLettersWithoutAccentsOrPunctuation() {
        Adresse adresse = Adresse.builder()
                .numero(2)
                .voie("allée de l'Œuvre")
                .codePostal("22870")
                .commune("Île-de-Bréhat")
                .build();
        assertThat(adresse.lignesPostales()).containsExactly("2 ALLEE DE L OEUVRE", "22870 ILE DE BREHAT");
    }

    @Test
    void printsALetterIndice() {
        Adresse adresse = Adresse.builder()
                .numero(4)
                .indiceRepetition("a")
                .voie("rue Victor-Hugo")
                .codePostal("35000")
                .commune("Rennes")
                .build();
        assertThat(adresse.lignesPostales().get(0)).isEqualTo("4 A RUE VICTOR HUGO");
    }

    @Test
    void shortensTheLocalityToTheLibelleDAcheminement() {
        Adresse adresse = Adresse.builder()
                .numero(1)
                .voie("rue de l'Église")
                .codePostal("51290")
                .commune("Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson")
                .build();
        assertThat(adresse.lignesPostales())
                .containsExactly("1 RUE DE L EGLISE", "51290 ST REMY EN BOUZEMONT ST GENEST");
    }

    @Test
    void printsAnOverseasAddressAsDomesticMail() {
        Adresse adresse = Adresse.builder()
                .numero(15)
                .voie("rue de Paris")
                .codePostal("97400")
                .commune("Saint-Denis")
                .codeInsee(CodeInsee.parse("97411"))
                .build();
        assertThat(adresse.lignesPostales(List.of("Mme Lucie Payet")))
                .containsExactly("Mme Lucie Payet", "15 RUE DE PARIS", "97400 SAINT DENIS");
    }

    @Test
    void printsACedexAddressWithItsDistributionService() {
        Adresse caf = Adresse.builder()
                .serviceDistribution("TSA 12345")
                .codePostal("92863")
                .commune("Issy-les-Moulineaux")
                .cedex(9)
                .build();
        assertThat(caf.lignesPostales(List.of("Caisse d'allocations familiales")))
                .containsExactly("Caisse d'allocations familiales", "TSA 12345", "92863 ISSY LES MOULINEAUX CEDEX 9");
        Adresse bordeaux = Adresse.builder()
                .numero(1)
                .voie("esplanade Charles-de-Gaulle")
                .serviceDistribution("CS 71234")
                .codePostal("33076")
                .commune("Bordeaux")
                .cedex()
                .build();
        assertThat(bordeaux.lignesPostales())
                .containsExactly("1 ESPLANADE CHARLES DE GAULLE", "CS 71234", "33076 BORDEAUX CEDEX");
    }

    @Test
    void printsABoitePostaleBeforeTheLieuDit() {
        Adresse adresse = Adresse.builder()
                .lieuDit("La Mare aux Fées")
                .serviceDistribution("BP 27")
                .codePostal("77123")
                .commune("Noisy-sur-École")
                .build();
        assertThat(adresse.lignesPostales()).containsExactly("BP 27 LA MARE AUX FEES", "77123 NOISY SUR ECOLE");
    }

    @Test
    void printsAnAddressAbroadWithTheCountryInFrench() {
        Adresse bruxelles = Adresse.builder()
                .voie("Rue de la Loi 16")
                .codePostal("1000")
                .commune("Bruxelles")
                .pays("BE")
                .build();
        assertThat(bruxelles.lignesPostales(List.of("Monsieur Jan Peeters")))
                .containsExactly("Monsieur Jan Peeters", "Rue de la Loi 16", "1000 BRUXELLES", "BELGIQUE");
        Adresse berlin = Adresse.builder()
                .voie("Hauptstraße 5")
                .codePostal("10115")
                .commune("Berlin")
                .pays("DE")
                .build();
        assertThat(berlin.lignesPostales()).containsExactly("Hauptstraße 5", "10115 BERLIN", "ALLEMAGNE");
    }

    @Test
    void putsThePostalCodeAfterTheLocalityWhereTheCountryDoes() {
        Adresse london = Adresse.builder()
                .numero(10)
                .voie("Downing Street")
                .codePostal("SW1A 2AA")
                .commune("London")
                .pays("GB")
                .build();
        assertThat(london.lignesPostales()).containsExactly("10 Downing Street", "LONDON SW1A 2AA", "ROYAUME UNI");
        Adresse washington = Adresse.builder()
                .voie("1600 Pennsylvania Avenue NW")
                .codePostal("20500")
                .commune("Washington DC")
                .pays("US")
                .build();
        assertThat(washington.lignesPostales())
                .containsExactly("1600 Pennsylvania Avenue NW", "WASHINGTON DC 20500", "ETATS UNIS");
    }

    @Test
    void printsALocalityAbroadWithoutPostalCode() {
        Adresse dublin = Adresse.builder()
                .voie("1 O'Connell Street")
                .commune("Dublin 1")
                .pays("IE")
                .build();
        assertThat(dublin.lignesPostales()).containsExactly("1 O'Connell Street", "DUBLIN 1", "IRLANDE");
    }

    @Test
    void takesTwoDestinataireLinesWhenLineTwoIsFree() {
        Adresse hotelDeVille = Adresse.builder()
                .numero(1)
                .voie("place de la Comédie")
                .codePostal("69001")
                .commune("Lyon")
                .build();
        assertThat(hotelDeVille.lignesPostales(List.of("Mairie de Lyon", "Service de l'état civil")))
                .containsExactly("Mairie de Lyon", "Service de l'état civil", "1 PLACE DE LA COMEDIE", "69001 LYON");
    }

    @Test
    void rejectsDestinataireLinesThatDoNotFit() {
        Adresse lyon = Samples.adresseLyon();
        assertThatThrownBy(() -> lyon.lignesPostales(List.of("Mairie", "Service")))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageContaining("point de remise");
        assertThatThrownBy(() -> lyon.toBuilder().pointDeRemise(null).build().lignesPostales(List.of("a", "b", "c")))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("destinataire: must have at most 2 lines");
        assertThatThrownBy(() -> lyon.lignesPostales(List.of("x".repeat(39))))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("destinataire[0]: must have at most 38 characters, got 39");
        assertThatThrownBy(() -> lyon.lignesPostales(List.of(" ")))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("destinataire[0]: must not be blank");
    }
}
