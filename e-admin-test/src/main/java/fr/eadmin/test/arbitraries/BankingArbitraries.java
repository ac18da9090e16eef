package fr.eadmin.test.arbitraries;

import fr.eadmin.core.identifier.Bic;
import fr.eadmin.core.identifier.Iban;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for bank identifiers: IBANs of every country of the SWIFT IBAN registry, French IBANs (with
 * letters in the account number and a correct clé RIB) and BICs.
 *
 * <p>The check digits and the clé RIB are computed here independently of {@link Iban}, so that a property
 * "every generated IBAN parses" compares two implementations of ISO 7064 MOD 97-10 and of the French key.
 *
 * <p>Use them from a {@code @Provide} method of a jqwik test: {@code return BankingArbitraries.ibans();}.
 */
public final class BankingArbitraries {
    private static final Pattern SEGMENT = Pattern.compile("(\\d+)!([nac])");
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final List<String> RIB_KEY_COUNTRIES = List.of("FR", "MC");

    private BankingArbitraries() {}

    /**
     * Valid IBANs of every country of the registry, each country about as likely as any other.
     *
     * @return IBANs in electronic form
     */
    public static Arbitrary<Iban> ibans() {
        return Arbitraries.of(List.copyOf(Iban.countryCodes())).flatMap(BankingArbitraries::ibans);
    }

    /**
     * Valid IBANs of one country of the registry.
     *
     * @param countryCode a country of {@link Iban#countryCodes()}
     * @return IBANs of that country
     * @throws IllegalArgumentException if the country is not in the registry
     */
    public static Arbitrary<Iban> ibans(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        String structure = Iban.bbanStructure(countryCode)
                .orElseThrow(() -> new IllegalArgumentException("not in the IBAN registry: " + countryCode));
        List<Arbitrary<String>> parts = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(structure);
        while (matcher.find()) {
            int count = Integer.parseInt(matcher.group(1));
            parts.add(run(matcher.group(2).charAt(0), count));
        }
        Arbitrary<String> bban = Combinators.combine(parts).as(strings -> String.join("", strings));
        if (RIB_KEY_COUNTRIES.contains(countryCode)) {
            bban = bban.map(BankingArbitraries::withRibKey);
        }
        return bban.map(b -> Iban.parse(countryCode + checkDigits(countryCode, b) + b));
    }

    /**
     * Valid French IBANs: 5-digit bank and branch codes, 11-character account numbers (letters included, as
     * some banks issue them) and the matching clé RIB.
     *
     * @return French IBANs
     */
    public static Arbitrary<Iban> frenchIbans() {
        return ibans("FR");
    }

    /**
     * Valid BICs: 8 or 11 characters, business party prefix mostly letters (digits allowed since ISO
     * 9362:2014), a real ISO 3166 country code, any location (test BICs included) and branch ({@code XXX}
     * included).
     *
     * @return BICs
     */
    public static Arbitrary<Bic> bics() {
        List<String> countries = new ArrayList<>(List.of(Locale.getISOCountries()));
        countries.add("XK");
        Arbitrary<String> prefix = Arbitraries.frequencyOf(Tuple.of(9, run('a', 4)), Tuple.of(1, run('c', 4)));
        Arbitrary<String> branch = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("")), Tuple.of(3, Arbitraries.just("XXX")), Tuple.of(4, run('c', 3)));
        return Combinators.combine(prefix, Arbitraries.of(countries), run('c', 2), branch)
                .as((p, c, l, b) -> Bic.parse(p + c + l + b));
    }

    private static Arbitrary<String> run(char kind, int count) {
        String alphabet =
                switch (kind) {
                    case 'n' -> DIGITS;
                    case 'a' -> LETTERS;
                    default -> LETTERS + DIGITS;
                };
        return Arbitraries.strings().withChars(alphabet.toCharArray()).ofLength(count);
    }

    /** ISO 7064 MOD 97-10 check digits, computed with big integers (independently of {@link Iban}). */
    private static String checkDigits(String countryCode, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + countryCode + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98
                - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "%02d", check);
    }

    /** Replaces the last two characters of a French-format BBAN by the clé RIB of the first 21. */
    private static String withRibKey(String bban) {
        String account = bban.substring(10, 21);
        StringBuilder accountDigits = new StringBuilder();
        for (char c : account.toCharArray()) {
            accountDigits.append(ribDigit(c));
        }
        BigInteger sum = BigInteger.valueOf(89)
                .multiply(new BigInteger(bban.substring(0, 5)))
                .add(BigInteger.valueOf(15).multiply(new BigInteger(bban.substring(5, 10))))
                .add(BigInteger.valueOf(3).multiply(new BigInteger(accountDigits.toString())));
        int key = 97 - sum.mod(BigInteger.valueOf(97)).intValue();
        return bban.substring(0, 21) + String.format(Locale.ROOT, "%02d", key);
    }

    /** Banque de France table: A/J 1, B/K/S 2, C/L/T 3, D/M/U 4, E/N/V 5, F/O/W 6, G/P/X 7, H/Q/Y 8, I/R/Z 9. */
    private static char ribDigit(char c) {
        if (Character.isDigit(c)) {
            return c;
        }
        String[] groups = {"AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"};
        for (int i = 0; i < groups.length; i++) {
            if (groups[i].indexOf(c) >= 0) {
                return (char) ('1' + i);
            }
        }
        throw new IllegalArgumentException("not a letter: " + c);
    }
}
