package fr.eadmin.core.identifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A French telephone number of the ARCEP national numbering plan (décision n° 2018-0881 modifiée
 * établissant le plan national de numérotation, annexe 1, version of 1 September 2022), held in its E.164
 * form ({@code +33612345678}).
 *
 * <p>The plan is closed and has 10 digits: {@code 0} then nine digits, whose first digits give the category
 * ({@link Type}) and, for the overseas territories, the territory ({@link Territory}). Those territories keep
 * their own ITU-T E.164 country codes (ITU-T E.164 assignment list), so their E.164 form does not start with
 * {@code +33}: {@code 06 90 12 34 56} is {@code +590690123456}, {@code 02 62 12 34 56} is {@code
 * +262262123456}. Saint-Pierre-et-Miquelon ({@code +508}) has six-digit subscriber numbers, reached from the
 * rest of the plan as {@code 05 08} followed by those six digits ({@code 05 08 41 23 45} is {@code
 * +508412345}), and nine-digit mobile numbers {@code 07 08 …} ({@code +508708…}).
 *
 * <p>Overseas blocks recognised (national form): geographic 02 62, 02 63 (La Réunion), 02 69 (Mayotte),
 * 05 08 (Saint-Pierre-et-Miquelon), 05 90 (Guadeloupe, Saint-Martin, Saint-Barthélemy), 05 94 (Guyane),
 * 05 96 (Martinique); mobile 06 39 (Mayotte), 06 90, 06 91 (Guadeloupe…), 06 92, 06 93 (La Réunion), 06 94
 * (Guyane), 06 96, 06 97 (Martinique), 07 08 (Saint-Pierre-et-Miquelon), and the 07 09 range opened for the
 * overseas departments (07 09 0 Guadeloupe, 07 09 1 Martinique, 07 09 2 La Réunion, 07 09 30–34 Guyane,
 * 07 09 35–39 Mayotte); polyvalent 09 76 P, 09 39 P and 09 47 P with P giving the territory. In metropolitan
 * France, 07 is open from 07 3 to 07 9 only, and 07 00 holds the 14-digit machine-to-machine numbers.
 *
 * <p>Known limits: ARCEP allocates numbers to operators by blocks of 10,000 (06 90 00, 06 96 00…), and as the
 * overseas 06 prefixes fill up some blocks of one prefix go to a neighbouring territory of the same zone
 * (libphonenumber lists a few Guadeloupe blocks under 06 94 and 06 96); the territory and country code here
 * follow the prefix, as the plan lays it out. Saint-Pierre-et-Miquelon's six-digit numbers mix fixed and
 * mobile lines in the same blocks, so they are all reported {@link Type#GEOGRAPHIQUE}, the category of
 * 05 08.
 *
 * <p>Accepted inputs: the national form with spaces, dots or dashes ({@code 06 12 34 56 78}, {@code
 * 06.12.34.56.78}), the international form with {@code +} or {@code 00} ({@code +33 6 12 34 56 78}, {@code
 * 0033612345678}, {@code +590 690 12 34 56}), with an optional trunk {@code 0} after the country code ({@code
 * +33 (0)6 12 34 56 78}). Refused, each with its own message: short numbers ({@code 15}, {@code 3939}), the
 * 14-digit machine-to-machine numbers, ranges the plan does not open, numbers of other countries (including
 * the Pacific territories, whose plans are not ARCEP's, and {@code +269}, the Comoros), an overseas number
 * written with {@code +33} (or any number with the wrong country code), which does not route, and special
 * numbers (08) written with an overseas country code.
 *
 * @param value the number in E.164 form
 */
public record Telephone(String value) {
    private static final String TYPE = "Telephone";

    /** Categories of numbers of the ARCEP plan (décision n° 2018-0881 modifiée, annexe 1, 2.3 and 2.4). */
    public enum Type {
        /** Numéro géographique: 01 to 05 (the overseas 02 62, 02 63, 02 69, 05 08, 05 90, 05 94, 05 96 included). */
        GEOGRAPHIQUE,
        /** Numéro mobile: 06 and 07 (10 digits). */
        MOBILE,
        /** Numéro polyvalent (formerly "non géographique"): 09. */
        POLYVALENT,
        /** Numéro spécial (free, shared-cost or premium-rate services): 08. */
        SPECIAL
    }

    /** The territory a number belongs to, with its E.164 country code. */
    public enum Territory {
        /** Metropolitan France, Corsica included: {@code +33}. */
        METROPOLE("33"),
        /**
         * Guadeloupe, Saint-Martin and Saint-Barthélemy: {@code +590}. The three share the same number blocks,
         * so the numbering plan cannot tell them apart.
         */
        GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY("590"),
        /** Guyane: {@code +594}. */
        GUYANE("594"),
        /** Martinique: {@code +596}. */
        MARTINIQUE("596"),
        /** La Réunion: {@code +262}. */
        LA_REUNION("262"),
        /** Mayotte: {@code +262}, shared with La Réunion. */
        MAYOTTE("262"),
        /** Saint-Pierre-et-Miquelon: {@code +508}. */
        SAINT_PIERRE_ET_MIQUELON("508"),
        /** Special numbers (08), which are national and not attached to any territory: {@code +33}. */
        NON_TERRITORIALISE("33");

        private final String countryCode;

        Territory(String countryCode) {
            this.countryCode = countryCode;
        }

        /**
         * The E.164 country code, without {@code +}.
         *
         * @return {@code "33"}, {@code "262"}, {@code "508"}, {@code "590"}, {@code "594"} or {@code "596"}
         */
        public String countryCode() {
            return countryCode;
        }
    }

    /** A block of national numbers: its national prefix, territory and category. */
    record Block(String prefix, Territory territory, Type type) {}

    /**
     * The blocks of the plan, most specific first (the first match wins). Plan-level blocks come from the
     * ARCEP plan (décision n° 2018-0881 modifiée, annexe 1); the overseas blocks of the 07 and 09 ranges come
     * from ARCEP's allocations (MAJNUM open data) as libphonenumber's metadata records them.
     */
    private static final List<Block> BLOCKS = blocks();

    /** The length of the longest prefix of a block, {@code 0} included. */
    private static final int PREFIX_LIMIT = 6;

    private static final Block[] BLOCK_ARRAY = BLOCKS.toArray(new Block[0]);
    private static final byte NO_BLOCK = -1;
    private static final byte SPM_CONTINUES = -2;

    /**
     * For each value of the digits 2 to 6 of a national number (00000 to 99999), the index in {@link #BLOCK_ARRAY}
     * of its block, {@link #NO_BLOCK}, or {@link #SPM_CONTINUES} for a 05 08 number that is not 05 08 4 or 05 08 5.
     */
    private static final byte[] BLOCK_OF = blockTable();

    private static byte[] blockTable() {
        byte[] table = new byte[100_000];
        Arrays.fill(table, NO_BLOCK);
        // Shortest prefixes first (BLOCKS is sorted longest first), so that a longer prefix overwrites its range.
        for (int i = BLOCK_ARRAY.length - 1; i >= 0; i--) {
            String prefix = BLOCK_ARRAY[i].prefix();
            int span = 1;
            for (int k = prefix.length(); k < PREFIX_LIMIT; k++) {
                span *= 10;
            }
            int start = Integer.parseInt(prefix.substring(1)) * span;
            Arrays.fill(table, start, start + span, (byte) i);
        }
        // 05 08 numbers outside the Saint-Pierre-et-Miquelon blocks fall under 05, which the scan refuses.
        for (int index = 50_800; index < 50_900; index++) {
            if (table[index] >= 0 && BLOCK_ARRAY[table[index]].prefix().length() == 2) {
                table[index] = SPM_CONTINUES;
            }
        }
        return table;
    }

    private static List<Block> blocks() {
        Territory gp = Territory.GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY;
        Territory gf = Territory.GUYANE;
        Territory mq = Territory.MARTINIQUE;
        Territory re = Territory.LA_REUNION;
        Territory yt = Territory.MAYOTTE;
        Territory pm = Territory.SAINT_PIERRE_ET_MIQUELON;
        Territory metro = Territory.METROPOLE;
        List<Block> list = new ArrayList<>();
        // Numéros géographiques (01 to 05) of the overseas territories.
        geo(list, re, "0262", "0263");
        geo(list, yt, "0269");
        geo(list, pm, "05084", "05085");
        geo(list, gp, "0590");
        geo(list, gf, "0594");
        geo(list, mq, "0596");
        // Numéros mobiles of the overseas territories (06, then the 07 09 range opened for them).
        mobile(list, yt, "0639", "070935", "070936", "070937", "070938", "070939");
        mobile(list, gp, "0690", "0691", "07090");
        mobile(list, re, "0692", "0693", "07092");
        mobile(list, gf, "0694", "070930", "070931", "070932", "070933", "070934");
        mobile(list, mq, "0696", "0697", "07091");
        mobile(list, pm, "0708");
        // Numéros polyvalents (09) of the overseas territories: 09 76 P, 09 39 P and 09 47 P.
        polyvalent(list, gp, "09760", "09761", "09768", "09395", "09475");
        polyvalent(list, re, "09762", "09763", "09399", "09479");
        polyvalent(list, gf, "09764", "09765", "09396", "09476");
        polyvalent(list, mq, "09766", "09767", "09397", "09477");
        polyvalent(list, yt, "09769", "09398", "09478");
        // Metropolitan France.
        geo(list, metro, "01", "02", "03", "04", "05");
        mobile(list, metro, "06", "073", "074", "075", "076", "077", "078", "079");
        polyvalent(list, metro, "09");
        list.add(new Block("08", Territory.NON_TERRITORIALISE, Type.SPECIAL));
        list.sort((a, b) -> Integer.compare(b.prefix().length(), a.prefix().length()));
        return List.copyOf(list);
    }

    private static void geo(List<Block> list, Territory territory, String... prefixes) {
        add(list, territory, Type.GEOGRAPHIQUE, prefixes);
    }

    private static void mobile(List<Block> list, Territory territory, String... prefixes) {
        add(list, territory, Type.MOBILE, prefixes);
    }

    private static void polyvalent(List<Block> list, Territory territory, String... prefixes) {
        add(list, territory, Type.POLYVALENT, prefixes);
    }

    private static void add(List<Block> list, Territory territory, Type type, String... prefixes) {
        for (String prefix : prefixes) {
            list.add(new Block(prefix, territory, type));
        }
    }

    /**
     * Checks that the value is the E.164 form of a number of the French plan.
     *
     * @throws InvalidIdentifierException if it is not
     */
    public Telephone {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith("+")) {
            throw invalid("the canonical form is E.164 and starts with +");
        }
        String national = nationalFromInternational(value.substring(1));
        if (!e164(national).equals(value)) {
            throw invalid("not in canonical E.164 form");
        }
    }

    /**
     * Parses a number in national or international form (spaces, non-breaking spaces, dots, dashes and
     * parentheses are ignored).
     *
     * @param text the number
     * @return the number
     * @throws InvalidIdentifierException saying what is wrong, without repeating the input
     */
    public static Telephone parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = normalise(text);
        if (compact.isEmpty()) {
            throw invalid("is empty");
        }
        String national;
        if (compact.startsWith("+")) {
            national = nationalFromInternational(digits(compact.substring(1)));
        } else if (compact.startsWith("00")) {
            national = nationalFromInternational(digits(compact.substring(2)));
        } else {
            national = digits(compact);
            if (!national.startsWith("0")) {
                if (national.length() <= 6) {
                    throw invalid("short numbers (such as 15 or 3939) are not accepted, only 10-digit numbers");
                }
                throw invalid("a national number starts with 0, an international one with + or 00");
            }
            checkNational(national);
        }
        return new Telephone(e164(national));
    }

    /**
     * Whether the text is a number that {@link #parse(String)} accepts.
     *
     * @param text the text to check
     * @return {@code true} if {@link #parse(String)} would succeed
     */
    public static boolean isValid(String text) {
        return Chars.parses(text, Telephone::parse);
    }

    /**
     * The national form, ten digits in pairs ({@code 06 12 34 56 78}, {@code 06 90 12 34 56}).
     *
     * @return the national form
     */
    public String national() {
        String national = nationalDigits();
        StringBuilder out = new StringBuilder(14);
        for (int i = 0; i < national.length(); i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(national, i, i + 2);
        }
        return out.toString();
    }

    /**
     * The category of the number in the ARCEP plan.
     *
     * @return the category
     */
    public Type type() {
        return block(nationalDigits()).type();
    }

    /**
     * The territory of the number.
     *
     * @return the territory
     */
    public Territory territory() {
        return block(nationalDigits()).territory();
    }

    /**
     * The E.164 country code, without {@code +} ({@code 33}, {@code 590}…).
     *
     * @return the country code
     */
    public String countryCode() {
        return territory().countryCode();
    }

    /**
     * The E.164 form ({@code +33612345678}, {@code +590690123456}).
     *
     * @return the number in E.164 form
     */
    @Override
    public String toString() {
        return value;
    }

    private String nationalDigits() {
        return nationalFromInternational(value.substring(1));
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String withoutTrunk = text.replace("(0)", "");
        for (int i = 0; i < withoutTrunk.length(); i++) {
            char c = withoutTrunk.charAt(i);
            if (Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || c == '.'
                    || c == '-'
                    || c == '('
                    || c == ')'
                    || c == '/') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid("contains a character other than digits and separators");
            }
        }
        if (text.isEmpty()) {
            throw invalid("has no digits");
        }
        return text;
    }

    /** The 10-digit national number of the digits after {@code +}, or an exception. */
    private static String nationalFromInternational(String digits) {
        digits(digits);
        String countryCode = countryCodeOf(digits);
        String rest = digits.substring(countryCode.length());
        String national;
        if (countryCode.equals("508") && (rest.length() == 6 || rest.length() == 7 && rest.startsWith("0"))) {
            // Saint-Pierre-et-Miquelon's six-digit numbers, reached in the plan as 05 08 + 6 digits.
            national = "0508" + rest.substring(rest.length() - 6);
        } else {
            if (rest.length() == 10 && rest.startsWith("0")) {
                rest = rest.substring(1);
            }
            if (rest.length() == 13 && rest.startsWith("700")) {
                checkNational("0" + rest);
            }
            if (rest.length() != 9) {
                throw invalid("a +" + countryCode + " number has 9 digits after the country code"
                        + (countryCode.equals("508") ? " (or 6)" : "") + ", got " + rest.length());
            }
            national = "0" + rest;
        }
        checkNational(national);
        Block block = block(national);
        if (!block.territory().countryCode().equals(countryCode)) {
            if (block.type() == Type.SPECIAL) {
                throw invalid("special numbers (08) are national numbers, written +33, not +" + countryCode);
            }
            throw invalid("this number belongs to country code +"
                    + block.territory().countryCode() + ", not +" + countryCode);
        }
        return national;
    }

    private static final String[] OVERSEAS_CODES = {"262", "508", "590", "594", "596"};
    private static final String[] PACIFIC_CODES = {"681", "687", "689"};

    private static String countryCodeOf(String digits) {
        if (digits.startsWith("33")) {
            return "33";
        }
        for (String code : OVERSEAS_CODES) {
            if (digits.startsWith(code)) {
                return code;
            }
        }
        if (digits.startsWith("269")) {
            throw invalid("+269 is the Comoros; Mayotte numbers are written +262 since 2007");
        }
        for (String code : PACIFIC_CODES) {
            if (digits.startsWith(code)) {
                throw invalid("numbers of Wallis-et-Futuna (+681), New Caledonia (+687) and French Polynesia (+689)"
                        + " follow their own numbering plans, not the ARCEP plan");
            }
        }
        throw invalid("not a French number: the country code must be +33, +262, +508, +590, +594 or +596");
    }

    private static void checkNational(String national) {
        if (national.startsWith("0700") && national.length() == 14) {
            throw invalid("14-digit machine-to-machine numbers (07 00) are not accepted");
        }
        if (national.length() != 10) {
            throw invalid("a French number has 10 digits, got " + national.length());
        }
        if (national.charAt(1) == '0') {
            throw invalid("no French number starts with 00 after the trunk prefix");
        }
        if (national.startsWith("0700")) {
            throw invalid("07 00 is reserved for 14-digit machine-to-machine numbers");
        }
    }

    /**
     * The block of a national number (10 digits starting with {@code 0}): one look-up in {@link #BLOCK_OF} by its
     * digits 2 to 6, the longest prefix of a block being 6 characters. Gives what {@link #blockByScan} gives.
     */
    static Block block(String national) {
        if (national.length() < PREFIX_LIMIT || national.charAt(0) != '0') {
            return blockByScan(national);
        }
        int index = 0;
        for (int i = 1; i < PREFIX_LIMIT; i++) {
            char c = national.charAt(i);
            if (c < '0' || c > '9') {
                return blockByScan(national);
            }
            index = index * 10 + (c - '0');
        }
        byte entry = BLOCK_OF[index];
        if (entry == NO_BLOCK) {
            throw invalid("this number range is not open in the ARCEP plan");
        }
        if (entry == SPM_CONTINUES) {
            throw invalid("Saint-Pierre-et-Miquelon numbers (05 08) continue with 4 or 5");
        }
        return BLOCK_ARRAY[entry];
    }

    /** The block of a national number by trying every block in {@link #BLOCKS} order, the first match winning. */
    static Block blockByScan(String national) {
        for (Block block : BLOCKS) {
            if (national.startsWith(block.prefix())) {
                return block;
            }
            if (block.prefix().length() == 2 && national.startsWith("0508")) {
                throw invalid("Saint-Pierre-et-Miquelon numbers (05 08) continue with 4 or 5");
            }
        }
        throw invalid("this number range is not open in the ARCEP plan");
    }

    private static String e164(String national) {
        Block block = block(national);
        String significant = block.prefix().startsWith("0508") ? national.substring(4) : national.substring(1);
        return "+" + block.territory().countryCode() + significant;
    }

    private static InvalidIdentifierException invalid(String reason) {
        return new InvalidIdentifierException(TYPE, reason);
    }
}
