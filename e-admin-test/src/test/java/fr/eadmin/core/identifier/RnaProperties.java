package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.test.arbitraries.IdentifierArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RnaProperties {

    @Provide
    Arbitrary<Rna> rnas() {
        return IdentifierArbitraries.rnas();
    }

    @Provide
    Arbitrary<String> rnaStrings() {
        return IdentifierArbitraries.rnaStrings();
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("W0123456789AB").ofLength(10),
                Arbitraries.strings().withChars("Ww0123456789ABT .-").ofMaxLength(13),
                Arbitraries.strings().all().ofMaxLength(12));
    }

    @Property
    void everyGeneratedRnaRoundTrips(@ForAll("rnas") Rna rna) {
        assertThat(Rna.parse(rna.toString())).isEqualTo(rna);
        assertThat(Rna.parse(rna.toString().toLowerCase(java.util.Locale.ROOT))).isEqualTo(rna);
        assertThat(rna.toString()).hasSize(10).startsWith("W" + rna.greffe());
    }

    @Property
    void everyUsualSpellingParsesToItsCompactForm(@ForAll("rnaStrings") String text) {
        assertThat(Rna.isValid(text)).isTrue();
        assertThat(Rna.parse(text).toString()).isEqualTo(Mutations.compact(text));
    }

    @Property
    void anyTextIsEitherParsedOrRejectedConsistently(@ForAll("noise") String text) {
        if (Rna.isValid(text)) {
            assertThat(Rna.parse(text).toString()).isEqualTo(Mutations.compact(text));
        } else {
            assertThatThrownBy(() -> Rna.parse(text)).isInstanceOf(InvalidIdentifierException.class);
        }
    }
}
