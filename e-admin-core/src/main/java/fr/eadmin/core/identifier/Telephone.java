package fr.eadmin.core.identifier;

import java.util.List;
import java.util.Objects;

/**
 * A French telephone number of the ARCEP national numbering plan (décision n° 2018-0881 modifiée, plan
 * national de numérotation), held in its E.164 form ({@code +33612345678}).
 *
 * <p>The plan is a closed 10-digit plan: a number is {@code 0} followed by nine digits, and its first digits
 * tell its category and, for the overseas departments, its territory. Those territories keep their own ITU
 * country codes, so their E.164 form is not {@code +33}: {@code 0690 12 34 56} is {@code +590690123456}.
 * Saint-Pierre-et-Miquelon ({@code +508}) has six-digit subscriber numbers, reached from the rest of the plan
 * as {@code 05 08} followed by those six digits.
 *
 * <p>Accepted inputs: the national form with spaces, dots or dashes ({@code 06 12 34 56 78}, {@code
 * 06.12.34.56.78}), the international form with {@code +} or {@code 00} ({@code +33 6 12 34 56 78}, {@code
 * 0033612345678}, {@code +590 690 12 34 56}), with an optional trunk {@code 0} after the country code ({@code
 * +33 (0)6 12 34 56 78}). Refused, each with its own message: short numbers ({@code 15}, {@code 3939}), the
 * 14-digit machine-to-machine numbers starting {@code 0700}, numbers of other countries (including the
 * Pacific territories, whose plans are not ARCEP's), and an overseas number written with {@code +33}, which
 * does not route.
 *
 * @param value the number in E.164 form
 */
public record Telephone(String value) {
    private static final String TYPE = "Telephone";

    /** Categories of numbers of the ARCEP plan (décision n° 2018-0881 modifiée, annexe 1, 2.3 and 2.4). */
    public enum Type {
        /** Numéro géographique: 01 to 05, and the overseas 0262, 0263, 0269, 0508, 0590, 0594, 0596. */
        GEOGRAPHIQUE,
        /** Numéro mobile: 06 and 07. */
        MOBILE,
        /** Numéro polyvalent (non géographique): 09. */
        POLYVALENT,
        /** Numéro spécial (free, shared-cost or premium services): 08. */
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

    /** A block of national numbers: its prefix (after the leading 0), territory and category. */
    private record Block(String prefix, Territory territory, Type type) {}

    // Most specific prefixes first: the first match wins.
    private static final List<Block> BLOCKS = List.of(
            new Block("262", Territory.LA_REUNION, Type.GEOGRAPHIQUE),
            new Block("263", Territory.LA_REUNION, Type.GEOGRAPHIQUE),
            new Block("269", Territory.MAYOTTE, Type.GEOGRAPHIQUE),
            new Block("508", Territory.SAINT_PIERRE_ET_MIQUELON, Type.GEOGRAPHIQUE),
            new Block("590", Territory.GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY, Type.GEOGRAPHIQUE),
            new Block("594", Territory.GUYANE, Type.GEOGRAPHIQUE),
            new Block("596", Territory.MARTINIQUE, Type.GEOGRAPHIQUE),
            new Block("639", Territory.MAYOTTE, Type.MOBILE),
            new Block("690", Territory.GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY, Type.MOBILE),
            new Block("691", Territory.GUADELOUPE_SAINT_MARTIN_SAINT_BARTHELEMY, Type.MOBILE),
            new Block("692", Territory.LA_REUNION, Type.MOBILE),
            new Block("693", Territory.LA_REUNION, Type.MOBILE),
            new Block("694", Territory.GUYANE, Type.MOBILE),
            new Block("696", Territory.MARTINIQUE, Type.MOBILE),
            new Block("697", Territory.MARTINIQUE, Type.MOBILE),
            new Block("1", Territory.METROPOLE, Type.GEOGRAPHIQUE),
            new Block("2", Territory.METROPOLE, Type.GEOGRAPHIQUE),
            new Block("3", Territory.METROPOLE, Type.GEOGRAPHIQUE),
            new Block("4", Territory.METROPOLE, Type.GEOGRAPHIQUE),
            new Block("5", Territory.METROPOLE, Type.GEOGRAPHIQUE),
            new Block("6", Territory.METROPOLE, Type.MOBILE),
            new Block("7", Territory.METROPOLE, Type.MOBILE),
            new Block("8", Territory.NON_TERRITORIALISE, Type.SPECIAL),
            new Block("9", Territory.METROPOLE, Type.POLYVALENT));

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
        Objects.requireNonNull(text, "text");
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
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
        if (countryCode.equals("508")) {
            if (rest.length() == 7 && rest.startsWith("0")) {
                rest = rest.substring(1);
            }
            if (rest.length() != 6) {
                throw invalid("a +508 number has 6 digits after the country code, got " + rest.length());
            }
            national = "0508" + rest;
        } else {
            if (rest.length() == 10 && rest.startsWith("0")) {
                rest = rest.substring(1);
            }
            if (rest.length() != 9) {
                throw invalid(
                        "a +" + countryCode + " number has 9 digits after the country code, got " + rest.length());
            }
            national = "0" + rest;
        }
        checkNational(national);
        Territory territory = block(national).territory();
        if (!territory.countryCode().equals(countryCode)) {
            throw invalid("this number belongs to country code +" + territory.countryCode() + ", not +" + countryCode);
        }
        return national;
    }

    private static String countryCodeOf(String digits) {
        if (digits.startsWith("33")) {
            return "33";
        }
        for (String code : List.of("262", "508", "590", "594", "596")) {
            if (digits.startsWith(code)) {
                return code;
            }
        }
        for (String code : List.of("681", "687", "689")) {
            if (digits.startsWith(code)) {
                throw invalid("numbers of Wallis-et-Futuna (+681), New Caledonia (+687) and French Polynesia (+689)"
                        + " follow their own numbering plans, not the ARCEP plan");
            }
        }
        throw invalid("not a French number: the country code must be +33, +262, +508, +590, +594 or +596");
    }

    private static void checkNational(String national) {
        if (national.startsWith("0700") && national.length() == 14) {
            throw invalid("14-digit machine-to-machine numbers (0700) are not accepted");
        }
        if (national.length() != 10) {
            throw invalid("a French number has 10 digits, got " + national.length());
        }
        if (national.charAt(1) == '0') {
            throw invalid("no French number starts with 00 after the trunk prefix");
        }
        if (national.startsWith("0700")) {
            throw invalid("0700 is reserved for 14-digit machine-to-machine numbers");
        }
    }

    private static Block block(String national) {
        String significant = national.substring(1);
        for (Block block : BLOCKS) {
            if (significant.startsWith(block.prefix())) {
                return block;
            }
        }
        throw invalid("no number block of the ARCEP plan starts with these digits");
    }

    private static String e164(String national) {
        Territory territory = block(national).territory();
        String significant =
                territory == Territory.SAINT_PIERRE_ET_MIQUELON ? national.substring(4) : national.substring(1);
        return "+" + territory.countryCode() + significant;
    }

    private static InvalidIdentifierException invalid(String reason) {
        return new InvalidIdentifierException(TYPE, reason);
    }
}
