package fr.eadmin.test.arbitraries;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import java.net.IDN;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for contact identifiers: French telephone numbers across the whole ARCEP plan (metropolitan
 * and overseas, every category) and email addresses (every {@code atext} character, dotted local parts,
 * internationalised domains).
 *
 * <p>Use them from a {@code @Provide} method of a jqwik test: {@code return ContactArbitraries.emails();}.
 */
public final class ContactArbitraries {
    private static final String DIGITS = "0123456789";
    private static final String ATEXT =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~";
    private static final String LDH_EDGE = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UNICODE_LETTERS = "abcdeéèêëàâäîïôöùûüçœæßñåøžšłαβγжщ中文日本";

    /** Overseas blocks: national prefix, then the number of digits that follow it. */
    private static final List<String> OVERSEAS_PREFIXES = List.of(
            "0262", "0263", "0269", "0590", "0594", "0596", // géographiques
            "0639", "0690", "0691", "0692", "0693", "0694", "0696", "0697", // mobiles
            "07090", "07091", "07092", "070930", "070934", "070935", "070939", "0708", "09760", "09761", "09762",
            "09763", "09764", "09765", "09766", "09767", "09768", "09769", // polyvalents
            "09395", "09396", "09397", "09398", "09399", "09475", "09476", "09477", "09478", "09479");

    private ContactArbitraries() {}

    /**
     * Valid telephone numbers of the French plan: metropolitan geographic (01–05), mobile (06, 07 3 to 07 9),
     * polyvalent (09) and special (08) numbers, and every overseas block, Saint-Pierre-et-Miquelon included.
     *
     * @return telephone numbers
     */
    public static Arbitrary<Telephone> telephones() {
        Arbitrary<String> metropolitan = Combinators.combine(
                        Arbitraries.of(
                                "01", "02", "03", "04", "05", "06", "073", "074", "075", "076", "077", "078", "079",
                                "08", "09"),
                        digits(8))
                .as((prefix, rest) -> (prefix + rest).substring(0, 10))
                .filter(national -> !national.startsWith("0508"));
        Arbitrary<String> overseas = Combinators.combine(Arbitraries.of(OVERSEAS_PREFIXES), digits(6))
                .as((prefix, rest) -> prefix + rest.substring(0, 10 - prefix.length()));
        Arbitrary<String> saintPierre =
                Combinators.combine(Arbitraries.of("05084", "05085"), digits(5)).as((prefix, rest) -> prefix + rest);
        return Arbitraries.frequencyOf(Tuple.of(5, metropolitan), Tuple.of(4, overseas), Tuple.of(1, saintPierre))
                .map(Telephone::parse);
    }

    /**
     * Valid email addresses: dot-atom local parts of 1 to 64 characters drawn from every {@code atext}
     * character, domains of two to four labels (LDH, up to 63 characters, hyphens inside), sometimes with
     * internationalised labels, and upper-case letters in the domain (the canonical form lower-cases them).
     *
     * @return email addresses
     */
    public static Arbitrary<Email> emails() {
        Arbitrary<String> atom = Arbitraries.strings()
                .withChars(ATEXT.toCharArray())
                .ofMinLength(1)
                .ofMaxLength(20);
        Arbitrary<String> local = atom.list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(atoms -> String.join(".", atoms))
                .filter(l -> l.length() <= 64);
        Arbitrary<String> label = Arbitraries.frequencyOf(Tuple.of(8, asciiLabel()), Tuple.of(2, unicodeLabel()));
        Arbitrary<String> tld = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("fr", "com", "org", "eu", "re", "gp", "paris", "bzh", "gouv.fr")),
                Tuple.of(
                        3,
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMinLength(2)
                                .ofMaxLength(12)),
                Tuple.of(1, Arbitraries.of("xn--p1ai", "xn--90ais", "FR", "Com")));
        Arbitrary<String> domain = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), tld)
                .as((labels, top) -> String.join(".", labels) + "." + top);
        return Combinators.combine(local, domain)
                .as((l, d) -> l + "@" + d)
                .filter(ContactArbitraries::withinLengthLimits)
                .map(Email::parse);
    }

    /** RFC 5321 limits on the ASCII form: domain at most 253 octets, address at most 254. */
    private static boolean withinLengthLimits(String address) {
        int at = address.lastIndexOf('@');
        String asciiDomain = IDN.toASCII(address.substring(at + 1));
        return asciiDomain.length() <= 253 && at + 1 + asciiDomain.length() <= 254;
    }

    private static Arbitrary<String> digits(int count) {
        return Arbitraries.strings().withChars(DIGITS.toCharArray()).ofLength(count);
    }

    private static Arbitrary<String> asciiLabel() {
        Arbitrary<Character> edge = Arbitraries.of(chars(LDH_EDGE + "ABCXYZ"));
        Arbitrary<String> middle = Arbitraries.strings()
                .withChars((LDH_EDGE + "-").toCharArray())
                .ofMinLength(0)
                .ofMaxLength(61);
        Arbitrary<String> single = edge.map(String::valueOf);
        Arbitrary<String> longer = Combinators.combine(edge, middle, edge).as((a, m, b) -> a + m + b);
        return Arbitraries.frequencyOf(Tuple.of(1, single), Tuple.of(9, longer));
    }

    private static Arbitrary<String> unicodeLabel() {
        return Arbitraries.strings()
                .withChars(UNICODE_LETTERS.toCharArray())
                .ofMinLength(1)
                .ofMaxLength(12);
    }

    private static Character[] chars(String text) {
        Character[] out = new Character[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = text.charAt(i);
        }
        return out;
    }
}
