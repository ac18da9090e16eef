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

class SirenProperties {

    @Provide
    Arbitrary<Siren> sirens() {
        return IdentifierArbitraries.sirens();
    }

    @Provide
    Arbitrary<String> sirenStrings() {
        return IdentifierArbitraries.sirenStrings();
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789 .-\u00A0aAzZ/_").ofMaxLength(14),
                Arbitraries.strings().all().ofMaxLength(12));
    }

    @Property
    void everyGeneratedSirenRoundTrips(@ForAll("sirens") Siren siren) {
        assertThat(Siren.parse(siren.toString())).isEqualTo(siren);
        assertThat(Siren.parse(siren.formatted())).isEqualTo(siren);
        assertThat(new Siren(siren.value())).isEqualTo(siren);
        assertThat(siren.toString()).hasSize(9).containsOnlyDigits();
    }

    @Property
    void everyUsualSpellingParsesToItsCompactForm(@ForAll("sirenStrings") String text) {
        assertThat(Siren.isValid(text)).isTrue();
        assertThat(Siren.parse(text).toString()).isEqualTo(Mutations.compact(text));
    }

    @Property
    void anyChangeOfOneDigitIsRejected(
            @ForAll("sirens") Siren siren,
            @ForAll @IntRange(min = 0, max = 8) int index,
            @ForAll @IntRange(min = 0, max = 9) int digit) {
        char replacement = (char) ('0' + digit);
        Assume.that(siren.value().charAt(index) != replacement);
        assertThat(Siren.isValid(Mutations.substitute(siren.value(), index, replacement)))
                .isFalse();
    }

    @Property
    void anySwapOfAdjacentDigitsIsRejectedExceptZeroNine(
            @ForAll("sirens") Siren siren, @ForAll @IntRange(min = 0, max = 7) int index) {
        char first = siren.value().charAt(index);
        char second = siren.value().charAt(index + 1);
        Assume.that(first != second);
        boolean zeroNine = (first == '0' && second == '9') || (first == '9' && second == '0');
        assertThat(Siren.isValid(Mutations.swapAdjacent(siren.value(), index))).isEqualTo(zeroNine);
    }

    @Property
    void anyTextIsEitherParsedOrRejectedConsistently(@ForAll("noise") String text) {
        if (Siren.isValid(text)) {
            assertThat(Siren.parse(text).toString()).isEqualTo(Mutations.compact(text));
        } else {
            assertThatThrownBy(() -> Siren.parse(text)).isInstanceOf(InvalidIdentifierException.class);
        }
    }
}
