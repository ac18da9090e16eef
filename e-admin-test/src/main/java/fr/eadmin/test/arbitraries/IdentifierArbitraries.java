package fr.eadmin.test.arbitraries;

import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.CodePostal;
import fr.eadmin.core.identifier.Nir;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.identifier.Siret;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for the French identifiers of {@code fr.eadmin.core.identifier}, covering the whole space the
 * types accept: Corsica and overseas, births abroad and provisional NIRs, La Poste SIRETs, arrondissements
 * municipaux, CEDEX and armed-forces postal codes.
 *
 * <p>The values are built from the published rules (check digits computed here, independently of the types), so a
 * property that parses them tests the types against the rules rather than against themselves.
 *
 * <p>Use them from a {@code @Provide} method of a property class: {@code Arbitrary<Siret> sirets() { return
 * IdentifierArbitraries.sirets(); }}, then {@code @ForAll("sirets") Siret siret}.
 *
 * <p>The {@code ...Strings()} variants produce the raw text a user may type for a valid value: separators
 * (spaces, no-break spaces, dots, dashes) anywhere, lower case, surrounding blanks.
 */
public final class IdentifierArbitraries {
    private static final String LA_POSTE_SIREN = "356000000";
    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";
    private static final List<Character> SEPARATORS = List.of(' ', '\u00A0', '\u202F', '.', '-', '\t');

    private IdentifierArbitraries() {}

    /**
     * Valid SIRENs: 8 random digits and their Luhn check digit (never the placeholder {@code 000000000}).
     *
     * @return SIRENs
     */
    public static Arbitrary<Siren> sirens() {
        return sirenDigits().map(Siren::new);
    }

    /**
     * Valid SIRETs: mostly ordinary establishments (a SIREN, a 4-digit sequence and the Luhn check digit over the
     * 14 digits), and a good share of La Poste establishments (SIREN {@code 356000000}, digit sum a multiple of 5)
     * including its head office {@code 35600000000048}.
     *
     * @return SIRETs
     */
    public static Arbitrary<Siret> sirets() {
        // La Poste's SIREN passes Luhn but its establishments follow the digit-sum rule instead: an ordinary
        // establishment never has it (one SIREN in 10^8 would otherwise give a SIRET the model rightly refuses).
        Arbitrary<String> ordinary = Combinators.combine(
                        sirenDigits().filter(siren -> !siren.equals(LA_POSTE_SIREN)), digits(4))
                .as((siren, sequence) -> withLuhnDigit(siren + sequence));
        Arbitrary<String> laPoste = laPosteEstablishments();
        return Arbitraries.frequencyOf(
                        Tuple.of(6, ordinary),
                        Tuple.of(3, laPoste),
                        Tuple.of(1, Arbitraries.just(LA_POSTE_HEAD_OFFICE)))
                .map(Siret::new);
    }

    /**
     * Only La Poste SIRETs (SIREN {@code 356000000}): the head office and establishments whose digit sum is a
     * multiple of 5.
     *
     * @return La Poste SIRETs
     */
    public static Arbitrary<Siret> laPosteSirets() {
        return Arbitraries.frequencyOf(
                        Tuple.of(9, laPosteEstablishments()), Tuple.of(1, Arbitraries.just(LA_POSTE_HEAD_OFFICE)))
                .map(Siret::new);
    }

    /**
     * Valid RNA numbers: {@code W}, a greffe (metropolitan department {@code 01}–{@code 95}, {@code 2A}, {@code
     * 2B}, or {@code 9} and a letter overseas, then an office digit) and a non-zero 6-digit sequence.
     *
     * @return RNA numbers
     */
    public static Arbitrary<Rna> rnas() {
        Arbitrary<String> metropolitan = Arbitraries.integers().between(1, 95).map(IdentifierArbitraries::twoDigits);
        Arbitrary<String> corsica = Arbitraries.of("2A", "2B");
        Arbitrary<String> overseas = Arbitraries.chars().range('A', 'Z').map(letter -> "9" + letter);
        Arbitrary<String> department =
                Arbitraries.frequencyOf(Tuple.of(6, metropolitan), Tuple.of(2, corsica), Tuple.of(2, overseas));
        Arbitrary<String> sequence = Arbitraries.integers().between(1, 999_999).map(n -> pad(n, 6));
        return Combinators.combine(department, digits(1), sequence)
                .as((dept, office, seq) -> "W" + dept + office + seq)
                .map(Rna::new);
    }

    /**
     * Valid NIRs with their key: every sex digit accepted (definitive 1/2, provisional 3/4 and 7/8), known and
     * unknown birth months, births in metropolitan departments (Corsica as {@code 2A}/{@code 2B} and as {@code
     * 20} before 1976, the former North African codes {@code 91}–{@code 96}), overseas (3-digit department,
     * 2-digit commune) and abroad ({@code 99} and a country code).
     *
     * @return NIRs
     */
    public static Arbitrary<Nir> nirs() {
        return nirBodies().map(body -> new Nir(body + pad(nirKey(body), 2)));
    }

    /**
     * Valid SIRENs as typed: any mix of separators, lower case and surrounding blanks around a valid value.
     *
     * @return raw SIREN texts that {@link Siren#parse(String)} accepts
     */
    public static Arbitrary<String> sirenStrings() {
        return spellings(sirens().map(Siren::toString));
    }

    /**
     * Valid SIRETs as typed.
     *
     * @return raw SIRET texts that {@link Siret#parse(String)} accepts
     */
    public static Arbitrary<String> siretStrings() {
        return spellings(sirets().map(Siret::toString));
    }

    /**
     * Valid RNA numbers as typed (lower-case {@code w} included).
     *
     * @return raw RNA texts that {@link Rna#parse(String)} accepts
     */
    public static Arbitrary<String> rnaStrings() {
        return spellings(rnas().map(Rna::toString));
    }

    /**
     * Valid NIRs as typed (lower-case {@code 2a}/{@code 2b} included).
     *
     * @return raw NIR texts that {@link Nir#parse(String)} accepts
     */
    public static Arbitrary<String> nirStrings() {
        return spellings(nirs().map(Nir::toString));
    }

    /**
     * Valid commune codes: metropolitan departments with a 3-digit commune number, Corsica, Paris and its
     * arrondissements, the arrondissements of Lyon and Marseille, overseas departments and collectivités with a
     * 2-digit number.
     *
     * @return commune codes
     */
    public static Arbitrary<CodeInsee> codesInsee() {
        Arbitrary<String> metropolitan = Combinators.combine(
                        Arbitraries.integers()
                                .between(1, 95)
                                .filter(d -> d != 20 && d != 75)
                                .map(IdentifierArbitraries::twoDigits),
                        communeNumber(3))
                .as(String::concat);
        Arbitrary<String> corsica = Combinators.combine(Arbitraries.of("2A", "2B"), communeNumber(3))
                .as(String::concat);
        Arbitrary<String> paris = Arbitraries.integers().between(100, 120).map(n -> n == 100 ? "75056" : "75" + n);
        Arbitrary<String> arrondissements = Arbitraries.oneOf(
                Arbitraries.integers().between(69381, 69389).map(String::valueOf),
                Arbitraries.integers().between(13201, 13216).map(String::valueOf));
        Arbitrary<String> overseas = Combinators.combine(
                        Arbitraries.of(
                                "971", "972", "973", "974", "975", "976", "977", "978", "984", "986", "987", "988",
                                "989"),
                        communeNumber(2))
                .as(String::concat);
        return Arbitraries.frequencyOf(
                        Tuple.of(10, metropolitan),
                        Tuple.of(2, corsica),
                        Tuple.of(1, paris),
                        Tuple.of(1, arrondissements),
                        Tuple.of(3, overseas))
                .map(CodeInsee::new);
    }

    /**
     * Valid commune codes as typed (lower-case {@code 2a}/{@code 2b} included).
     *
     * @return raw texts that {@link CodeInsee#parse(String)} accepts
     */
    public static Arbitrary<String> codesInseeStrings() {
        return spellings(codesInsee().map(CodeInsee::toString));
    }

    /**
     * Valid postal codes: metropolitan prefixes {@code 01}–{@code 95} (Corsica {@code 200}–{@code 206}), overseas
     * {@code 971}–{@code 976}, Monaco {@code 980}, Pacific {@code 986}–{@code 988}, armed forces {@code 00}; CEDEX
     * codes are ordinary members of these ranges.
     *
     * @return postal codes
     */
    public static Arbitrary<CodePostal> codesPostaux() {
        Arbitrary<String> metropolitan = Combinators.combine(
                        Arbitraries.integers()
                                .between(1, 95)
                                .filter(d -> d != 20)
                                .map(IdentifierArbitraries::twoDigits),
                        digits(3))
                .as(String::concat);
        Arbitrary<String> corsica = Combinators.combine(Arbitraries.integers().between(200, 206), digits(2))
                .as((p, s) -> p + s);
        Arbitrary<String> overseas = Combinators.combine(
                        Arbitraries.of("971", "972", "973", "974", "975", "976", "980", "986", "987", "988"), digits(2))
                .as(String::concat);
        Arbitrary<String> armies = Arbitraries.integers().between(1, 999).map(n -> "00" + pad(n, 3));
        return Arbitraries.frequencyOf(
                        Tuple.of(10, metropolitan), Tuple.of(2, corsica), Tuple.of(3, overseas), Tuple.of(1, armies))
                .map(CodePostal::new);
    }

    /**
     * Valid postal codes as typed.
     *
     * @return raw texts that {@link CodePostal#parse(String)} accepts
     */
    public static Arbitrary<String> codesPostauxStrings() {
        return spellings(codesPostaux().map(CodePostal::toString));
    }

    /**
     * The ways a user may type a canonical value: separators inserted anywhere, letters in lower case, blanks around.
     *
     * @param canonical canonical values
     * @return the same values spelled as a user might type them
     */
    public static Arbitrary<String> spellings(Arbitrary<String> canonical) {
        Arbitrary<List<Tuple.Tuple2<Integer, Character>>> insertions = Combinators.combine(
                        Arbitraries.integers().between(0, 20), Arbitraries.of(SEPARATORS))
                .as(Tuple::of)
                .list()
                .ofMaxSize(6);
        Arbitrary<String> blanks = Arbitraries.of("", " ", "  ", "\t", "\u00A0");
        return Combinators.combine(canonical, insertions, Arbitraries.of(true, false), blanks, blanks)
                .as((value, inserts, lower, before, after) -> {
                    StringBuilder text = new StringBuilder(lower ? value.toLowerCase(Locale.ROOT) : value);
                    for (Tuple.Tuple2<Integer, Character> insert : inserts) {
                        text.insert(
                                Math.min(insert.get1(), text.length()),
                                insert.get2().charValue());
                    }
                    return before + text + after;
                });
    }

    private static Arbitrary<String> nirBodies() {
        Arbitrary<String> sex = Arbitraries.of("1", "2", "3", "4", "7", "8");
        Arbitrary<String> year = Arbitraries.integers().between(0, 99).map(IdentifierArbitraries::twoDigits);
        Arbitrary<String> month = Arbitraries.frequencyOf(
                        Tuple.of(8, Arbitraries.integers().between(1, 12)),
                        Tuple.of(1, Arbitraries.integers().between(20, 42)),
                        Tuple.of(1, Arbitraries.integers().between(50, 99)))
                .map(IdentifierArbitraries::twoDigits);
        Arbitrary<String> metropolitan = Combinators.combine(
                        Arbitraries.integers().between(1, 96).map(IdentifierArbitraries::twoDigits), digits(3))
                .as(String::concat);
        Arbitrary<String> corsica =
                Combinators.combine(Arbitraries.of("2A", "2B"), digits(3)).as(String::concat);
        Arbitrary<String> overseas = Combinators.combine(
                        Arbitraries.of(
                                "971", "972", "973", "974", "975", "976", "977", "978", "984", "985", "986", "987",
                                "988", "989"),
                        digits(2))
                .as(String::concat);
        Arbitrary<String> abroad = Arbitraries.integers().between(100, 999).map(country -> "99" + country);
        Arbitrary<String> place = Arbitraries.frequencyOf(
                Tuple.of(8, metropolitan), Tuple.of(2, corsica), Tuple.of(2, overseas), Tuple.of(3, abroad));
        return Combinators.combine(sex, year, month, place, digits(3)).as((s, y, m, p, order) -> s + y + m + p + order);
    }

    /** The NIR key, computed from the published rule: 97 - (N mod 97), 2A read as 19 and 2B as 18. */
    private static int nirKey(String body) {
        String digits = body.substring(0, 5)
                + body.substring(5, 7).replace("2A", "19").replace("2B", "18")
                + body.substring(7, 13);
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    private static Arbitrary<String> laPosteEstablishments() {
        return Combinators.combine(digits(4), Arbitraries.of(0, 5)).as(IdentifierArbitraries::laPosteSiret);
    }

    /** A La Poste establishment number: the last digit makes the digit sum a multiple of 5 (two choices). */
    private static String laPosteSiret(String sequence, int plusFive) {
        String payload = LA_POSTE_SIREN + sequence;
        int sum = 0;
        for (char c : payload.toCharArray()) {
            sum += c - '0';
        }
        int last = (5 - sum % 5) % 5 + plusFive;
        return payload + last;
    }

    private static Arbitrary<String> sirenDigits() {
        return digits(8).map(IdentifierArbitraries::withLuhnDigit).filter(siren -> !siren.equals("000000000"));
    }

    /** Appends the digit that makes the whole number pass the Luhn algorithm. */
    private static String withLuhnDigit(String payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return payload + (10 - sum % 10) % 10;
    }

    private static Arbitrary<String> digits(int length) {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(length);
    }

    private static Arbitrary<String> communeNumber(int length) {
        int max = length == 3 ? 999 : 99;
        return Arbitraries.integers().between(1, max).map(n -> pad(n, length));
    }

    private static String twoDigits(int n) {
        return pad(n, 2);
    }

    private static String pad(int n, int length) {
        StringBuilder text = new StringBuilder(Integer.toString(n));
        while (text.length() < length) {
            text.insert(0, '0');
        }
        return text.toString();
    }
}
