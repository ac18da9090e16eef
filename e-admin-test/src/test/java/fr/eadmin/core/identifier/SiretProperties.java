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

class SiretProperties {
    private static final String HEAD_OFFICE = "35600000000048";

    @Provide
    Arbitrary<Siret> sirets() {
        return IdentifierArbitraries.sirets();
    }

    @Provide
    Arbitrary<Siret> ordinarySirets() {
        return IdentifierArbitraries.sirets().filter(siret -> !siret.isLaPoste());
    }

    @Provide
    Arbitrary<Siret> laPosteSirets() {
        return IdentifierArbitraries.laPosteSirets();
    }

    @Provide
    Arbitrary<String> siretStrings() {
        return IdentifierArbitraries.siretStrings();
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').ofLength(14),
                Arbitraries.strings().withChars("0123456789 .-\u00A0A").ofMaxLength(18),
                Arbitraries.strings().all().ofMaxLength(16));
    }

    @Property
    void everyGeneratedSiretRoundTrips(@ForAll("sirets") Siret siret) {
        assertThat(Siret.parse(siret.toString())).isEqualTo(siret);
        assertThat(Siret.parse(siret.formatted())).isEqualTo(siret);
        assertThat(siret.toString()).isEqualTo(siret.siren().toString() + siret.nic());
        assertThat(siret.isLaPoste()).isEqualTo(siret.siren().toString().equals("356000000"));
    }

    @Property
    void everyUsualSpellingParsesToItsCompactForm(@ForAll("siretStrings") String text) {
        assertThat(Siret.isValid(text)).isTrue();
        assertThat(Siret.parse(text).toString()).isEqualTo(Mutations.compact(text));
    }

    @Property
    void anyChangeOfOneDigitOfAnOrdinarySiretIsRejected(
            @ForAll("ordinarySirets") Siret siret,
            @ForAll @IntRange(min = 0, max = 13) int index,
            @ForAll @IntRange(min = 0, max = 9) int digit) {
        char replacement = (char) ('0' + digit);
        Assume.that(siret.value().charAt(index) != replacement);
        assertThat(Siret.isValid(Mutations.substitute(siret.value(), index, replacement)))
                .isFalse();
    }

    @Property
    void anyChangeOfOneDigitInTheSirenPartOfALaPosteSiretIsRejected(
            @ForAll("laPosteSirets") Siret siret,
            @ForAll @IntRange(min = 0, max = 8) int index,
            @ForAll @IntRange(min = 0, max = 9) int digit) {
        char replacement = (char) ('0' + digit);
        Assume.that(siret.value().charAt(index) != replacement);
        assertThat(Siret.isValid(Mutations.substitute(siret.value(), index, replacement)))
                .isFalse();
    }

    /**
     * The sum rule sees a changed NIC digit only when the digit sum stops being a multiple of 5: a digit moved by
     * 5 goes through, any other move is caught, the head office (checked by Luhn) aside.
     */
    @Property
    void aChangedNicDigitOfALaPosteSiretIsCaughtUnlessItMovesByFive(
            @ForAll("laPosteSirets") Siret siret,
            @ForAll @IntRange(min = 9, max = 13) int index,
            @ForAll @IntRange(min = 0, max = 9) int digit) {
        char original = siret.value().charAt(index);
        char replacement = (char) ('0' + digit);
        Assume.that(original != replacement);
        String changed = Mutations.substitute(siret.value(), index, replacement);
        boolean expected = changed.equals(HEAD_OFFICE) || Mutations.digitSum(changed) % 5 == 0;
        assertThat(Siret.isValid(changed)).isEqualTo(expected);
        if (!siret.value().equals(HEAD_OFFICE) && !changed.equals(HEAD_OFFICE)) {
            assertThat(Siret.isValid(changed)).isEqualTo(Math.abs(original - replacement) == 5);
        }
    }

    @Property
    void aSwapOfAdjacentDigitsOfAnOrdinarySiretIsCaughtExceptZeroNineInsideTheSirenOrTheNic(
            @ForAll("ordinarySirets") Siret siret, @ForAll @IntRange(min = 0, max = 12) int index) {
        char first = siret.value().charAt(index);
        char second = siret.value().charAt(index + 1);
        Assume.that(first != second);
        String swapped = Mutations.swapAdjacent(siret.value(), index);
        Assume.that(!swapped.startsWith("356000000"));
        boolean zeroNine = (first == '0' && second == '9') || (first == '9' && second == '0');
        // Across the SIREN/NIC boundary the SIREN's own check digit changes, so even 09 <-> 90 is caught there.
        assertThat(Siret.isValid(swapped)).isEqualTo(zeroNine && index != 8);
    }

    @Property
    void aSwapOfTwoNicDigitsOfALaPosteEstablishmentKeepsItValid(
            @ForAll("laPosteSirets") Siret siret, @ForAll @IntRange(min = 9, max = 12) int index) {
        Assume.that(!siret.value().equals(HEAD_OFFICE));
        assertThat(Siret.isValid(Mutations.swapAdjacent(siret.value(), index))).isTrue();
    }

    @Property
    void anyTextIsEitherParsedOrRejectedConsistently(@ForAll("noise") String text) {
        if (Siret.isValid(text)) {
            assertThat(Siret.parse(text).toString()).isEqualTo(Mutations.compact(text));
        } else {
            assertThatThrownBy(() -> Siret.parse(text)).isInstanceOf(InvalidIdentifierException.class);
        }
    }
}
