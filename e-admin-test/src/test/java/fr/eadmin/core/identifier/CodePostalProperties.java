package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.test.arbitraries.IdentifierArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodePostalProperties {

    @Provide
    Arbitrary<CodePostal> codes() {
        return IdentifierArbitraries.codesPostaux();
    }

    @Provide
    Arbitrary<String> codeStrings() {
        return IdentifierArbitraries.codesPostauxStrings();
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').ofLength(5),
                Arbitraries.strings().withChars("0123456789 .-A").ofMaxLength(7),
                Arbitraries.strings().all().ofMaxLength(7));
    }

    @Property
    void everyGeneratedCodeRoundTrips(@ForAll("codes") CodePostal code) {
        assertThat(CodePostal.parse(code.toString())).isEqualTo(code);
        assertThat(code.toString()).hasSize(5).containsOnlyDigits();
    }

    @Property
    void theDepartmentIsDerivedExceptForMonacoThePacificAndTheArmedForces(@ForAll("codes") CodePostal code) {
        String value = code.toString();
        boolean none = value.startsWith("00") || value.startsWith("98");
        assertThat(code.departement().isEmpty()).isEqualTo(none);
        code.departement().ifPresent(departement -> {
            if (value.startsWith("20")) {
                assertThat(departement).isIn("2A", "2B");
            } else {
                assertThat(value).startsWith(departement);
            }
        });
    }

    @Property
    void everyUsualSpellingParsesToItsCompactForm(@ForAll("codeStrings") String text) {
        assertThat(CodePostal.isValid(text)).isTrue();
        assertThat(CodePostal.parse(text).toString()).isEqualTo(Mutations.compact(text));
    }

    @Property
    void anyTextIsEitherParsedOrRejectedConsistently(@ForAll("noise") String text) {
        if (CodePostal.isValid(text)) {
            assertThat(CodePostal.parse(text).toString()).isEqualTo(Mutations.compact(text));
        } else {
            assertThatThrownBy(() -> CodePostal.parse(text)).isInstanceOf(InvalidIdentifierException.class);
        }
    }
}
