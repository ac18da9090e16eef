package fr.eadmin.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link IdentifierKind#canonicalIfValid(String)}, the one pass of the form validator, gives what the kind's Bean
 * Validation validator and {@link IdentifierKind#canonical(String)} give.
 */
class IdentifierKindProperties {
    private static final List<String> VALID = List.of(
            "BNPAFRPP",
            "75056",
            "78 310",
            "Sophie.Garnier@Example.FR",
            "FR14 2004 1010 0505 0001 3M02 606",
            "2 87 03 78 646 012 86",
            "W783001234",
            "732 829 320",
            "732 829 320 00074",
            "+33 1 30 00 00 00",
            "06.90.12.34.56");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> near = Arbitraries.of(VALID).flatMap(valid -> Arbitraries.integers()
                .between(0, valid.length() - 1)
                .flatMap(index -> Arbitraries.chars()
                        .with("0123456789+@. -AWXZaz\u00A0")
                        .map(c -> valid.substring(0, index) + c + valid.substring(index + 1))));
        Arbitrary<String> longer = Arbitraries.of(VALID).map(valid -> valid + " ".repeat(100));
        return Arbitraries.oneOf(
                near, longer, Arbitraries.of(VALID), Arbitraries.strings().ofMaxLength(30));
    }

    @Property(tries = 2000)
    void onePassAgreesWithTheValidatorAndTheCanonicalForm(@ForAll("texts") String text) {
        for (IdentifierKind kind : IdentifierKind.values()) {
            Optional<String> canonical = kind.canonicalIfValid(text);
            boolean valid = kind.newValidator().isValid(text, null);
            assertThat(canonical.isPresent()).as(kind + " " + text).isEqualTo(valid);
            assertThat(kind.isValid(text)).isEqualTo(valid);
            canonical.ifPresent(value -> assertThat(value).isEqualTo(kind.canonical(text)));
        }
    }

    @Example
    void everyExampleHasItsKind() {
        for (String text : VALID) {
            assertThat(List.of(IdentifierKind.values()))
                    .as(text)
                    .anySatisfy(kind -> assertThat(kind.canonicalIfValid(text)).isPresent());
        }
    }
}
