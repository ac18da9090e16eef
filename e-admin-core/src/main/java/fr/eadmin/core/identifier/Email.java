package fr.eadmin.core.identifier;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;

/**
 * An email address as mail systems deliver it: {@code local-part@domain}, with the domain in its ASCII
 * (A-label) form and lower case ({@code Jean.Dupont@xn--mairie-saint-tienne-dtb.fr}).
 *
 * <p>Rules and decisions:
 *
 * <ul>
 *   <li>local part: an RFC 5322 {@code dot-atom} (section 3.2.3): one or more runs of {@code atext}
 *       (ASCII letters, digits and {@code ! # $ % & ' * + - / = ? ^ _ ` { | } ~}) separated by single dots,
 *       no dot at either end; at most 64 octets (RFC 5321, 4.5.3.1.1). Its case is kept: RFC 5321 (2.4) lets
 *       the receiving system treat it as case-sensitive.
 *   <li>quoted local parts ({@code "jean dupont"@example.fr}) are refused: RFC 5321 (4.1.2) says a host
 *       SHOULD NOT define mailboxes needing them, and many forms and relays refuse them;
 *   <li>non-ASCII local parts (RFC 6531, SMTPUTF8) are refused: they are delivered only if every relay on
 *       the way supports the SMTPUTF8 extension, which French public relays and the major mailbox providers
 *       do not all do, so a town could not reliably write to such an address;
 *   <li>domain: a host name (RFC 5321 4.1.2, RFC 1123 2.1): at least two labels of letters, digits and
 *       hyphens (LDH), 1 to 63 characters each, no hyphen at either end of a label, at most 253 characters
 *       in total, and a top-level label that is not all-numeric (RFC 3696, 2). Internationalised domain
 *       names are converted to A-labels with {@link IDN#toASCII(String, int)} (IDNA 2003, the algorithm of
 *       the JDK; RFC 5890 defines the A-label and U-label terms) and lower-cased;
 *   <li>IP-literal domains ({@code user@[192.0.2.1]}) are refused: RFC 5321 allows them, but no mailbox
 *       provider hands out such addresses and they bypass MX records;
 *   <li>the whole address is at most 254 octets (RFC 5321 4.5.3.1.3: a 256-octet path includes the angle
 *       brackets; RFC 3696 erratum 1690).
 * </ul>
 *
 * @param value the address, domain in lower-case A-labels
 */
public record Email(String value) {
    private static final String TYPE = "Email";
    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    /**
     * Checks that the value is an address in canonical form.
     *
     * @throws InvalidIdentifierException if it is not
     */
    public Email {
        Objects.requireNonNull(value, "value");
        String canonical = canonical(value);
        if (!canonical.equals(value)) {
            throw invalid("not in canonical form (domain in lower-case A-labels)");
        }
    }

    /**
     * Parses an address: surrounding white space (including non-breaking spaces) is removed, the domain is
     * converted to lower-case A-labels.
     *
     * @param text the address
     * @return the address
     * @throws InvalidIdentifierException saying what is wrong, without repeating the input
     */
    public static Email parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Email(canonical(strip(text)));
    }

    /**
     * Whether the text is an address that {@link #parse(String)} accepts.
     *
     * @param text the text to check
     * @return {@code true} if {@link #parse(String)} would succeed
     */
    public static boolean isValid(String text) {
        return Chars.parses(text, Email::parse);
    }

    /**
     * The local part, case kept ({@code Jean.Dupont}).
     *
     * @return the part before {@code @}
     */
    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    /**
     * The domain in lower-case A-labels ({@code xn--mairie-saint-tienne-dtb.fr}).
     *
     * @return the part after {@code @}
     */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /**
     * The domain in U-labels, for display ({@code mairie-saint-étienne.fr}).
     *
     * @return the domain with internationalised labels decoded
     */
    public String unicodeDomain() {
        return IDN.toUnicode(domain(), IDN.USE_STD3_ASCII_RULES);
    }

    /**
     * The address, local part as given, domain in lower-case A-labels.
     *
     * @return the address
     */
    @Override
    public String toString() {
        return value;
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String canonical(String address) {
        if (address.isEmpty()) {
            throw invalid("is empty");
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            throw invalid("has no @");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        checkLocalPart(local);
        String asciiDomain = asciiDomain(domain);
        String result = local + "@" + asciiDomain;
        // Both parts are ASCII by now (checked local part, A-label domain): one octet per character.
        if (result.length() > 254) {
            throw invalid("an address has at most 254 characters, got " + result.length());
        }
        return result;
    }

    private static void checkLocalPart(String local) {
        if (local.isEmpty()) {
            throw invalid("local part (before @) is empty");
        }
        if (local.startsWith("\"")) {
            throw invalid("quoted local parts are not accepted");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c == '@') {
                throw invalid("has more than one @");
            }
            if (c > 0x7F) {
                throw invalid("local part (before @) has a non-ASCII character; SMTPUTF8 addresses are not accepted");
            }
            if (c != '.' && !isAtext(c)) {
                throw invalid("local part (before @) has a character not allowed by RFC 5322 at position " + (i + 1));
            }
        }
        if (local.startsWith(".") || local.endsWith(".")) {
            throw invalid("local part (before @) must not start or end with a dot");
        }
        if (local.contains("..")) {
            throw invalid("local part (before @) must not have two consecutive dots");
        }
        if (local.length() > 64) {
            throw invalid("local part (before @) has at most 64 characters, got " + local.length());
        }
    }

    private static boolean isAtext(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || ATEXT_SPECIALS.indexOf(c) >= 0;
    }

    private static String asciiDomain(String domain) {
        if (domain.isEmpty()) {
            throw invalid("domain (after @) is empty");
        }
        if (domain.startsWith("[")) {
            throw invalid("IP-literal domains are not accepted");
        }
        String ascii;
        if (isAscii(domain)) {
            ascii = domain;
        } else {
            try {
                ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException e) {
                throw invalid("domain (after @) is not a valid internationalised domain name");
            }
        }
        ascii = ascii.toLowerCase(Locale.ROOT);
        if (ascii.endsWith(".")) {
            throw invalid("domain (after @) must not end with a dot");
        }
        if (ascii.length() > 253) {
            throw invalid("domain (after @) has at most 253 characters, got " + ascii.length());
        }
        if (ascii.indexOf('.') < 0) {
            throw invalid("domain (after @) must have at least two labels");
        }
        int start = 0;
        for (int dot = ascii.indexOf('.'); dot >= 0; dot = ascii.indexOf('.', start)) {
            checkLabel(ascii, start, dot);
            start = dot + 1;
        }
        checkLabel(ascii, start, ascii.length());
        if (isAllDigits(ascii, start, ascii.length())) {
            throw invalid("top-level domain must not be all-numeric");
        }
        return ascii;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Checks the label of the domain between {@code start} (included) and {@code end} (excluded). */
    private static void checkLabel(String domain, int start, int end) {
        int length = end - start;
        if (length == 0) {
            throw invalid("domain (after @) has an empty label");
        }
        if (length > 63) {
            throw invalid("a domain label has at most 63 characters, got " + length);
        }
        for (int i = start; i < end; i++) {
            char c = domain.charAt(i);
            boolean ldh = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            if (!ldh) {
                throw invalid("domain (after @) has a character other than letters, digits and hyphens");
            }
        }
        if (domain.charAt(start) == '-' || domain.charAt(end - 1) == '-') {
            throw invalid("a domain label must not start or end with a hyphen");
        }
    }

    private static boolean isAllDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Chars.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static InvalidIdentifierException invalid(String reason) {
        return new InvalidIdentifierException(TYPE, reason);
    }
}
