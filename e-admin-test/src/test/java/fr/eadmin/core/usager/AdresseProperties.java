package fr.eadmin.core.usager;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.test.arbitraries.UsagerArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AdresseProperties {
    private static final String DESTINATAIRE = "Madame Éloïse N'Diaye-Le Goff";

    @Property
    void linesNeverExceed38Characters(@ForAll("adresses") Adresse adresse) {
        assertThat(adresse.lignesPostales(List.of(DESTINATAIRE)))
                .allSatisfy(line -> assertThat(line.length()).isBetween(1, Adresse.MAX_LINE_LENGTH));
    }

    @Property
    void printsAtMostSixLinesInFranceAndSevenAbroad(@ForAll("adresses") Adresse adresse) {
        List<String> lines = adresse.lignesPostales(List.of(DESTINATAIRE));
        assertThat(lines).hasSizeBetween(2, adresse.enFrance() ? 6 : 7);
        assertThat(lines.get(0)).isEqualTo(DESTINATAIRE);
    }

    @Property
    void printsTheLastThreeFrenchLinesInUpperCaseWithoutPunctuation(@ForAll("adresses") Adresse adresse) {
        List<String> lines = adresse.lignesPostales(List.of(DESTINATAIRE));
        List<String> generated = lines.subList(
                1 + (adresse.pointDeRemise() == null ? 0 : 1) + (adresse.complementGeographique() == null ? 0 : 1),
                lines.size());
        if (adresse.enFrance()) {
            assertThat(generated).allSatisfy(line -> assertThat(line).matches("[A-Z0-9]+( [A-Z0-9]+)*"));
            assertThat(generated.get(generated.size() - 1)).startsWith(adresse.codePostal() + " ");
        } else {
            assertThat(lines.get(lines.size() - 1)).matches("[A-Z]+( [A-Z]+)*");
        }
    }

    @Property
    void endsWithCedexForACedexAddress(@ForAll("adresses") Adresse adresse) {
        String last = adresse.lignesPostales().get(adresse.lignesPostales().size() - 1);
        assertThat(last.contains(" CEDEX")).isEqualTo(adresse.cedex());
    }

    @Provide
    Arbitrary<Adresse> adresses() {
        return UsagerArbitraries.adresses();
    }
}
