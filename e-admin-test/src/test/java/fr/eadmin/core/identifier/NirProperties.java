package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.test.arbitraries.IdentifierArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NirProperties {

    @Provide
    Arbitrary<Nir> nirs() {
        return IdentifierArbitraries.nirs();
    }

    @Provide
    Arbitrary<Nir> corsicanNirs() {
        return IdentifierArbitraries.nirs()
                .filter(nir -> nir.departement().startsWith("2")
                        && Character.isLetter(nir.departement().charAt(1)));
    }

    @Provide
    Arbitrary<String> nirStrings() {
        return IdentifierArbitraries.nirStrings();
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').ofLength(15),
                Arbitraries.strings()
                        .withChars("0123456789ABab .-")
                        .ofMinLength(13)
                        .ofMaxLength(17),
                Arbitraries.strings().all().ofMaxLength(16));
    }

    @Property
    void everyGeneratedNirRoundTrips(@ForAll("nirs") Nir nir) {
        assertThat(Nir.parse(nir.toString())).isEqualTo(nir);
        assertThat(Nir.parse(nir.formatted())).isEqualTo(nir);
        assertThat(Nir.withComputedKey(nir.toString().substring(0, 13))).isEqualTo(nir);
        assertThat(nir.toString()).hasSize(15);
    }

    @Property
    void theAccessorsReadTheNumber(@ForAll("nirs") Nir nir) {
        String value = nir.toString();
        assertThat(nir.sexDigit()).isEqualTo(value.charAt(0) - '0');
        assertThat(nir.birthYear2()).isEqualTo(Integer.parseInt(value.substring(1, 3)));
        assertThat(nir.birthMonth()).isEqualTo(Integer.parseInt(value.substring(3, 5)));
        assertThat(nir.key()).isEqualTo(Integer.parseInt(value.substring(13))).isBetween(1, 97);
        assertThat(value.substring(5)).startsWith(nir.departement());
        assertThat(nir.departement()).hasSize(value.startsWith("97", 5) || value.startsWith("98", 5) ? 3 : 2);
        assertThat(nir.isBornAbroad()).isEqualTo(nir.departement().equals("99"));
        assertThat(nir.masked()).startsWith(nir.formatted().substring(0, 8)).endsWith("** *** *** **");
    }

    @Property
    void everyUsualSpellingParsesToItsCompactForm(@ForAll("nirStrings") String text) {
        assertThat(Nir.isValid(text)).isTrue();
        assertThat(Nir.parse(text).toString()).isEqualTo(Mutations.compact(text));
    }

    @Property
    void anyChangeOfOneDigitIsRejected(
            @ForAll("nirs") Nir nir,
            @ForAll @IntRange(min = 0, max = 14) int index,
            @ForAll @IntRange(min = 0, max = 9) int digit) {
        char original = nir.value().charAt(index);
        char replacement = (char) ('0' + digit);
        Assume.that(Character.isDigit(original) && original != replacement);
        assertThat(Nir.isValid(Mutations.substitute(nir.value(), index, replacement)))
                .isFalse();
    }

    @Property
    void corsicaSwitchedFromOneDepartmentToTheOtherIsRejected(@ForAll("corsicanNirs") Nir nir) {
        String value = nir.value();
        char other = value.charAt(6) == 'A' ? 'B' : 'A';
        assertThat(Nir.isValid(Mutations.substitute(value, 6, other))).isFalse();
    }

    @Property
    void anySwapOfAdjacentDifferentDigitsIsRejected(
            @ForAll("nirs") Nir nir, @ForAll @IntRange(min = 0, max = 13) int index) {
        Assume.that(index != 12); // across the number and its key the key changes too: not guaranteed
        char first = nir.value().charAt(index);
        char second = nir.value().charAt(index + 1);
        Assume.that(Character.isDigit(first) && Character.isDigit(second) && first != second);
        assertThat(Nir.isValid(Mutations.swapAdjacent(nir.value(), index))).isFalse();
    }

    @Property
    void anyTextIsEitherParsedOrRejectedConsistently(@ForAll("noise") String text) {
        if (Nir.isValid(text)) {
            assertThat(Nir.parse(text).toString()).isEqualTo(Mutations.compact(text));
        } else {
            assertThatThrownBy(() -> Nir.parse(text))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessageNotContaining(Mutations.compact(text).isEmpty() ? "\u0000" : Mutations.compact(text));
        }
    }
}
