package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.test.arbitraries.IdentifierArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodeInseeProperties {

    @Provide
    Arbitrary<CodeInsee> codes() {
        return IdentifierArbitraries.codesInsee();
    }

    @Provide
    Arbitrary<String> codeStrings() {
        return IdentifierArbitraries.codesInseeStrings();
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789AB").ofLength(5),
                Arbitraries.strings().withChars("0123456789ABab .-").ofMaxLength(7),
                Arbitraries.strings().all().ofMaxLength(7));
    }

    @Property
    void everyGeneratedCodeRoundTripsAndStartsWithItsDepartment(@ForAll("codes") CodeInsee code) {
        assertThat(CodeInsee.parse(code.toString())).isEqualTo(code);
        assertThat(code.toString()).hasSize(5).startsWith(code.departement());
        assertThat(code.departement()).hasSizeBetween(2, 3);
    }

    @Property
    void everyUsualSpellingParsesToItsCompactForm(@ForAll("codeStrings") String text) {
        assertThat(CodeInsee.isValid(text)).isTrue();
        assertThat(CodeInsee.parse(text).toString()).isEqualTo(Mutations.compact(text));
    }

    @Property
    void anyTextIsEitherParsedOrRejectedConsistently(@ForAll("noise") String text) {
        if (CodeInsee.isValid(text)) {
            assertThat(CodeInsee.parse(text).toString()).isEqualTo(Mutations.compact(text));
        } else {
            assertThatThrownBy(() -> CodeInsee.parse(text)).isInstanceOf(InvalidIdentifierException.class);
        }
    }
}
