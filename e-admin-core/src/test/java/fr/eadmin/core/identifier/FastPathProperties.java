package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The fast paths of the identifiers give what the straightforward code gives: the table of telephone blocks and
 * the scan of the blocks, the country table of the IBAN registry and its sorted map, the reduced MOD 97-10 and
 * the big-integer one, {@code isValid} (which skips stack traces) and {@code parse}.
 */
class FastPathProperties {

    /** Every identifier: its {@code isValid} and its {@code parse}. */
    private record Kind(String name, Predicate<String> isValid, Function<String, ?> parse) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("Bic", Bic::isValid, Bic::parse),
            new Kind("CodeInsee", CodeInsee::isValid, CodeInsee::parse),
            new Kind("CodePostal", CodePostal::isValid, CodePostal::parse),
            new Kind("Email", Email::isValid, Email::parse),
            new Kind("Iban", Iban::isValid, Iban::parse),
            new Kind("Nir", Nir::isValid, Nir::parse),
            new Kind("Rna", Rna::isValid, Rna::parse),
            new Kind("Siren", Siren::isValid, Siren::parse),
            new Kind("Siret", Siret::isValid, Siret::parse),
            new Kind("Telephone", Telephone::isValid, Telephone::parse));

    private static final List<String> VALID = List.of(
            "BNPAFRPPXXX",
            "75056",
            "78310",
            "sophie.garnier@example.fr",
            "FR1420041010050500013M02606",
            "287037864601286",
            "W783001234",
            "732829320",
            "73282932000074",
            "+33130000000",
            "06 90 12 34 56");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> near = Arbitraries.of(VALID).flatMap(valid -> Arbitraries.integers()
                .between(0, valid.length() - 1)
                .flatMap(index -> Arbitraries.chars()
                        .with("0123456789+@. -()AWXZaz\u00A0é")
                        .map(c -> valid.substring(0, index) + c + valid.substring(index + 1))));
        Arbitrary<String> digits =
                Arbitraries.strings().withChars("0123456789+ ").ofMaxLength(20);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        return Arbitraries.oneOf(near, digits, any, Arbitraries.of(VALID));
    }

    @Property(tries = 2000)
    void isValidAgreesWithParseForEveryIdentifier(@ForAll("texts") String text) {
        for (Kind kind : KINDS) {
            boolean parses = failure(kind, text) == null;
            assertThat(kind.isValid().test(text)).as(kind.name()).isEqualTo(parses);
        }
    }

    @Example
    void everyExampleIsValidForItsOwnKind() {
        for (String text : VALID) {
            assertThat(KINDS.stream().anyMatch(kind -> kind.isValid().test(text)))
                    .as(text)
                    .isTrue();
        }
    }

    @Example
    void exceptionsLeavingParseOrAConstructorHaveTheirStackTrace() {
        assertThat(Telephone.isValid("15")).isFalse();
        InvalidIdentifierException fromParse =
                catchThrowableOfType(() -> Telephone.parse("15"), InvalidIdentifierException.class);
        assertThat(fromParse.getStackTrace()).isNotEmpty();
        assertThat(fromParse)
                .hasMessage(
                        "Telephone: short numbers (such as 15 or 3939) are not accepted, only 10-digit" + " numbers");

        assertThat(Iban.isValid("FR00")).isFalse();
        InvalidIdentifierException fromConstructor =
                catchThrowableOfType(() -> new Siret("73282932000075"), InvalidIdentifierException.class);
        assertThat(fromConstructor.getStackTrace()).isNotEmpty();
    }

    @Example
    void anIsValidInsideAParserLeavesTheOuterOneQuiet() {
        // The quiet flag is restored, not cleared: a parser calling another isValid keeps its own state.
        boolean outer = Chars.parses("x", text -> {
            assertThat(Chars.isQuiet()).isTrue();
            assertThat(Siret.isValid(text)).isFalse();
            assertThat(Chars.isQuiet()).isTrue();
            throw new InvalidIdentifierException("Test", "refused");
        });
        assertThat(outer).isFalse();
        assertThat(Chars.isQuiet()).isFalse();
        assertThatThrownBy(() -> Siret.parse("x"))
                .isInstanceOf(InvalidIdentifierException.class)
                .satisfies(e -> assertThat(e.getStackTrace()).isNotEmpty());
    }

    @Example
    void theTableOfTelephoneBlocksGivesWhatTheScanGives() {
        for (int index = 0; index < 100_000; index++) {
            String national = "0" + String.format("%05d", index) + "0000";
            Object byTable = blockOrMessage(national, Telephone::block);
            Object byScan = blockOrMessage(national, Telephone::blockByScan);
            assertThat(byTable).as(national).isEqualTo(byScan);
        }
    }

    private static Object blockOrMessage(String national, Function<String, Telephone.Block> lookup) {
        try {
            return lookup.apply(national);
        } catch (InvalidIdentifierException e) {
            return e.getMessage();
        }
    }

    @Example
    void theCountryTableGivesWhatTheRegistryGives() {
        for (char first = 'A'; first <= 'Z'; first++) {
            for (char second = 'A'; second <= 'Z'; second++) {
                String code = "" + first + second;
                assertThat(IbanCountry.of(code))
                        .as(code)
                        .isEqualTo(IbanCountry.all().get(code));
            }
        }
        assertThat(IbanCountry.of("fr")).isNull();
        assertThat(IbanCountry.of("F")).isNull();
        assertThat(IbanCountry.of("FRA")).isNull();
        assertThat(IbanCountry.of("")).isNull();
    }

    @Property(tries = 2000)
    void theReducedMod97GivesWhatTheBigIntegerGives(@ForAll("ibanLike") String iban) {
        assertThat(Iban.mod97(iban)).isEqualTo(referenceMod97(iban));
    }

    @Provide
    Arbitrary<String> ibanLike() {
        return Arbitraries.strings()
                .withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                .ofMinLength(1)
                .ofMaxLength(40);
    }

    /** ISO 13616-1, 7.2, as written: rotate by four, letters to two digits, one big number modulo 97. */
    private static int referenceMod97(String iban) {
        int cut = 4 % iban.length();
        String rearranged = iban.substring(cut) + iban.substring(0, cut);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    private static @Nullable String failure(Kind kind, String text) {
        try {
            kind.parse().apply(text);
            return null;
        } catch (InvalidIdentifierException e) {
            assertThat(e.getStackTrace()).as(kind.name()).isNotEmpty();
            return e.getMessage();
        }
    }
}
