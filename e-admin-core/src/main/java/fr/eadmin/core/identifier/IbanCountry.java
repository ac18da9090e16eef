package fr.eadmin.core.identifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the SWIFT IBAN registry (ISO 13616-1 registration authority): the IBAN length of a country
 * and the structure of its BBAN, in the registry's notation ({@code 5!n5!n11!c2!n}: {@code n} digits,
 * {@code a} upper-case letters, {@code c} upper-case letters or digits, {@code !} fixed length).
 *
 * <p>Sources: SWIFT, "IBAN Registry" (ISO 13616), the release listing 89 countries (with Honduras and Yemen);
 * the European Payments Council's list of countries and territories of the SEPA schemes' geographical scope
 * (EPC409-09): the 27 EU member states, Iceland, Liechtenstein, Norway, Switzerland, the United Kingdom,
 * Monaco, San Marino, Vatican City, Andorra, Gibraltar, and since 2024–2025 Albania, Montenegro, Moldova,
 * North Macedonia and Serbia.
 */
record IbanCountry(String code, int length, List<Segment> segments, boolean sepa, boolean ribKey) {

    /** A run of characters of one kind in a BBAN structure. */
    record Segment(int count, char kind) {}

    private static final SortedMap<String, IbanCountry> REGISTRY = buildRegistry();

    /** The registry by two upper-case letters: index {@code 26 * (first - 'A') + (second - 'A')}. */
    private static final @Nullable IbanCountry[] BY_LETTERS = byLetters();

    IbanCountry {
        segments = List.copyOf(segments);
    }

    static @Nullable IbanCountry of(String code) {
        if (code.length() == 2) {
            char first = code.charAt(0);
            char second = code.charAt(1);
            if (first >= 'A' && first <= 'Z' && second >= 'A' && second <= 'Z') {
                return BY_LETTERS[26 * (first - 'A') + (second - 'A')];
            }
        }
        return REGISTRY.get(code);
    }

    private static @Nullable IbanCountry[] byLetters() {
        @Nullable IbanCountry[] table = new IbanCountry[26 * 26];
        for (IbanCountry country : REGISTRY.values()) {
            table[26 * (country.code().charAt(0) - 'A') + (country.code().charAt(1) - 'A')] = country;
        }
        return table;
    }

    static SortedMap<String, IbanCountry> all() {
        return REGISTRY;
    }

    /** The BBAN structure in the registry's notation ({@code 5!n5!n11!c2!n}). */
    String structure() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append(segment.count()).append('!').append(segment.kind());
        }
        return out.toString();
    }

    /** The number of BBAN characters this country's structure describes. */
    int bbanLength() {
        return length - 4;
    }

    /** The kind ('n', 'a' or 'c') of the BBAN character at the given index. */
    char kindAt(int bbanIndex) {
        int start = 0;
        for (Segment segment : segments) {
            if (bbanIndex < start + segment.count()) {
                return segment.kind();
            }
            start += segment.count();
        }
        throw new IndexOutOfBoundsException(bbanIndex);
    }

    private static SortedMap<String, IbanCountry> buildRegistry() {
        SortedMap<String, IbanCountry> map = new TreeMap<>();
        // code, IBAN length, BBAN structure, SEPA scheme member, French RIB key in the BBAN
        add(map, "AD", 24, "4!n4!n12!c", true, false);
        add(map, "AE", 23, "3!n16!n", false, false);
        add(map, "AL", 28, "8!n16!c", true, false);
        add(map, "AT", 20, "5!n11!n", true, false);
        add(map, "AZ", 28, "4!a20!c", false, false);
        add(map, "BA", 20, "3!n3!n8!n2!n", false, false);
        add(map, "BE", 16, "3!n7!n2!n", true, false);
        add(map, "BG", 22, "4!a4!n2!n8!c", true, false);
        add(map, "BH", 22, "4!a14!c", false, false);
        add(map, "BI", 27, "5!n5!n11!n2!n", false, false);
        add(map, "BR", 29, "8!n5!n10!n1!a1!c", false, false);
        add(map, "BY", 28, "4!c4!n16!c", false, false);
        add(map, "CH", 21, "5!n12!c", true, false);
        add(map, "CR", 22, "4!n14!n", false, false);
        add(map, "CY", 28, "3!n5!n16!c", true, false);
        add(map, "CZ", 24, "4!n6!n10!n", true, false);
        add(map, "DE", 22, "8!n10!n", true, false);
        add(map, "DJ", 27, "5!n5!n11!n2!n", false, false);
        add(map, "DK", 18, "4!n9!n1!n", true, false);
        add(map, "DO", 28, "4!c20!n", false, false);
        add(map, "EE", 20, "2!n14!n", true, false);
        add(map, "EG", 29, "4!n4!n17!n", false, false);
        add(map, "ES", 24, "4!n4!n1!n1!n10!n", true, false);
        add(map, "FI", 18, "3!n11!n", true, false);
        add(map, "FK", 18, "2!a12!n", false, false);
        add(map, "FO", 18, "4!n9!n1!n", false, false);
        add(map, "FR", 27, "5!n5!n11!c2!n", true, true);
        add(map, "GB", 22, "4!a6!n8!n", true, false);
        add(map, "GE", 22, "2!a16!n", false, false);
        add(map, "GI", 23, "4!a15!c", true, false);
        add(map, "GL", 18, "4!n9!n1!n", false, false);
        add(map, "GR", 27, "3!n4!n16!c", true, false);
        add(map, "GT", 28, "4!c20!c", false, false);
        add(map, "HN", 28, "4!a20!n", false, false);
        add(map, "HR", 21, "7!n10!n", true, false);
        add(map, "HU", 28, "3!n4!n1!n15!n1!n", true, false);
        add(map, "IE", 22, "4!a6!n8!n", true, false);
        add(map, "IL", 23, "3!n3!n13!n", false, false);
        add(map, "IQ", 23, "4!a3!n12!n", false, false);
        add(map, "IS", 26, "4!n2!n6!n10!n", true, false);
        add(map, "IT", 27, "1!a5!n5!n12!c", true, false);
        add(map, "JO", 30, "4!a4!n18!c", false, false);
        add(map, "KW", 30, "4!a22!c", false, false);
        add(map, "KZ", 20, "3!n13!c", false, false);
        add(map, "LB", 28, "4!n20!c", false, false);
        add(map, "LC", 32, "4!a24!c", false, false);
        add(map, "LI", 21, "5!n12!c", true, false);
        add(map, "LT", 20, "5!n11!n", true, false);
        add(map, "LU", 20, "3!n13!c", true, false);
        add(map, "LV", 21, "4!a13!c", true, false);
        add(map, "LY", 25, "3!n3!n15!n", false, false);
        add(map, "MC", 27, "5!n5!n11!c2!n", true, true);
        add(map, "MD", 24, "2!c18!c", true, false);
        add(map, "ME", 22, "3!n13!n2!n", true, false);
        add(map, "MK", 19, "3!n10!c2!n", true, false);
        add(map, "MN", 20, "4!n12!n", false, false);
        add(map, "MR", 27, "5!n5!n11!n2!n", false, false);
        add(map, "MT", 31, "4!a5!n18!c", true, false);
        add(map, "MU", 30, "4!a2!n2!n12!n3!n3!a", false, false);
        add(map, "NI", 28, "4!a20!n", false, false);
        add(map, "NL", 18, "4!a10!n", true, false);
        add(map, "NO", 15, "4!n6!n1!n", true, false);
        add(map, "OM", 23, "3!n16!c", false, false);
        add(map, "PK", 24, "4!a16!c", false, false);
        add(map, "PL", 28, "8!n16!n", true, false);
        add(map, "PS", 29, "4!a21!c", false, false);
        add(map, "PT", 25, "4!n4!n11!n2!n", true, false);
        add(map, "QA", 29, "4!a21!c", false, false);
        add(map, "RO", 24, "4!a16!c", true, false);
        add(map, "RS", 22, "3!n13!n2!n", true, false);
        add(map, "RU", 33, "9!n5!n15!c", false, false);
        add(map, "SA", 24, "2!n18!c", false, false);
        add(map, "SC", 31, "4!a2!n2!n16!n3!a", false, false);
        add(map, "SD", 18, "2!n12!n", false, false);
        add(map, "SE", 24, "3!n16!n1!n", true, false);
        add(map, "SI", 19, "5!n8!n2!n", true, false);
        add(map, "SK", 24, "4!n6!n10!n", true, false);
        add(map, "SM", 27, "1!a5!n5!n12!c", true, false);
        add(map, "SO", 23, "4!n3!n12!n", false, false);
        add(map, "ST", 25, "4!n4!n11!n2!n", false, false);
        add(map, "SV", 28, "4!a20!n", false, false);
        add(map, "TL", 23, "3!n14!n2!n", false, false);
        add(map, "TN", 24, "2!n3!n13!n2!n", false, false);
        add(map, "TR", 26, "5!n1!n16!c", false, false);
        add(map, "UA", 29, "6!n19!c", false, false);
        add(map, "VA", 22, "3!n15!n", true, false);
        add(map, "VG", 24, "4!a16!n", false, false);
        add(map, "XK", 20, "4!n10!n2!n", false, false);
        add(map, "YE", 30, "4!a4!n18!c", false, false);
        return Collections.unmodifiableSortedMap(map);
    }

    private static void add(
            Map<String, IbanCountry> map, String code, int length, String structure, boolean sepa, boolean rib) {
        List<Segment> segments = new ArrayList<>();
        int total = 0;
        for (String part : structure.split("(?<=[nac])")) {
            int count = Integer.parseInt(part.substring(0, part.length() - 2));
            char kind = part.charAt(part.length() - 1);
            segments.add(new Segment(count, kind));
            total += count;
        }
        if (total != length - 4) {
            throw new IllegalStateException("IBAN registry entry " + code + " is inconsistent");
        }
        map.put(code, new IbanCountry(code, length, segments, sepa, rib));
    }
}
