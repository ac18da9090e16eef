package fr.eadmin.archive.seda;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the format of content from its bytes (magic numbers, never the file name), fed in chunks while
 * the content is streamed elsewhere, in constant memory.
 *
 * <ul>
 *   <li>PDF ({@code %PDF-}): PDF/A when the XMP metadata declares {@code pdfaid:part} and {@code
 *       pdfaid:conformance} (PDF/A-3b is {@code fmt/480}), otherwise the PDF version ({@code fmt/14} to
 *       {@code fmt/20}, {@code fmt/276} for 1.7, {@code fmt/1129} for 2.0). The whole stream is searched
 *       for the XMP declaration.
 *   <li>PNG: {@code fmt/13} (1.2) when an {@code iTXt} chunk comes before the image data, {@code fmt/12}
 *       (1.1) with {@code sRGB}, {@code iCCP} or {@code sPLT}, {@code fmt/11} (1.0) otherwise.
 *   <li>JPEG: JFIF 1.00, 1.01, 1.02 as {@code fmt/42}, {@code fmt/43}, {@code fmt/44}; other JPEG streams
 *       {@code fmt/41}.
 *   <li>Text in UTF-8 (first {@value #PREFIX} bytes): XML ({@code fmt/101}) when it starts with a
 *       declaration or an element, JSON ({@code fmt/817}) when it starts with an object or an array, plain
 *       text ({@code x-fmt/111}) otherwise.
 *   <li>Anything else: {@link DetectedFormat#UNKNOWN}.
 * </ul>
 *
 * <p>Not thread-safe: one sniffer per content.
 */
public final class FormatSniffer {
    /** How many leading bytes are kept to recognise the format. */
    public static final int PREFIX = 8192;

    private static final int TAIL = 128;
    private static final Pattern PDFA_PART = Pattern.compile("pdfaid:part\\s*(?:=\\s*[\"']|>)\\s*([1-4])");
    private static final Pattern PDFA_CONFORMANCE =
            Pattern.compile("pdfaid:conformance\\s*(?:=\\s*[\"']|>)\\s*([ABUabu])");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final byte[] prefix = new byte[PREFIX];
    private int prefixLength;
    private final byte[] tail = new byte[TAIL];
    private int tailLength;
    private int pdfaPart;
    private char pdfaConformance;

    private FormatSniffer() {}

    /**
     * A new sniffer.
     *
     * @return the sniffer
     */
    public static FormatSniffer create() {
        return new FormatSniffer();
    }

    /**
     * Recognises the format of content held in memory.
     *
     * @param content the content
     * @return its format
     */
    public static DetectedFormat detect(byte[] content) {
        FormatSniffer sniffer = create();
        sniffer.update(Objects.requireNonNull(content, "content"), 0, content.length);
        return sniffer.result();
    }

    /**
     * Feeds the next bytes of the content.
     *
     * @param bytes a buffer
     * @param offset where the bytes start in it
     * @param length how many bytes
     */
    public void update(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (prefixLength < PREFIX) {
            int n = Math.min(length, PREFIX - prefixLength);
            System.arraycopy(bytes, offset, prefix, prefixLength, n);
            prefixLength += n;
        }
        if (isPdf() && (pdfaPart == 0 || pdfaConformance == 0)) {
            searchXmp(bytes, offset, length);
        }
    }

    private void searchXmp(byte[] bytes, int offset, int length) {
        byte[] window = new byte[tailLength + length];
        System.arraycopy(tail, 0, window, 0, tailLength);
        System.arraycopy(bytes, offset, window, tailLength, length);
        String text = new String(window, StandardCharsets.ISO_8859_1);
        if (pdfaPart == 0) {
            Matcher part = PDFA_PART.matcher(text);
            if (part.find()) {
                pdfaPart = part.group(1).charAt(0) - '0';
            }
        }
        if (pdfaConformance == 0) {
            Matcher conformance = PDFA_CONFORMANCE.matcher(text);
            if (conformance.find()) {
                pdfaConformance = Character.toLowerCase(conformance.group(1).charAt(0));
            }
        }
        tailLength = Math.min(TAIL, window.length);
        System.arraycopy(window, window.length - tailLength, tail, 0, tailLength);
    }

    private boolean isPdf() {
        return startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    private boolean startsWith(byte[] magic) {
        if (prefixLength < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (prefix[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The format recognised from the bytes fed so far.
     *
     * @return the format, {@link DetectedFormat#UNKNOWN} if none
     */
    public DetectedFormat result() {
        if (isPdf()) {
            return pdf();
        }
        if (startsWith(PNG)) {
            return png();
        }
        if (prefixLength >= 3
                && (prefix[0] & 0xFF) == 0xFF
                && (prefix[1] & 0xFF) == 0xD8
                && (prefix[2] & 0xFF) == 0xFF) {
            return jpeg();
        }
        return text();
    }

    private DetectedFormat pdf() {
        if (pdfaPart >= 1 && pdfaPart <= 3 && pdfaConformance != 0) {
            String name = "PDF/A-" + pdfaPart + pdfaConformance;
            String id =
                    switch (name) {
                        case "PDF/A-1a" -> "fmt/95";
                        case "PDF/A-1b" -> "fmt/354";
                        case "PDF/A-2a" -> "fmt/476";
                        case "PDF/A-2b" -> "fmt/477";
                        case "PDF/A-2u" -> "fmt/478";
                        case "PDF/A-3a" -> "fmt/479";
                        case "PDF/A-3b" -> "fmt/480";
                        case "PDF/A-3u" -> "fmt/481";
                        default -> null;
                    };
            if (id != null) {
                return new DetectedFormat(id, "application/pdf", name);
            }
        }
        String version = prefixLength >= 8 ? new String(prefix, 5, 3, StandardCharsets.US_ASCII) : "";
        String id =
                switch (version) {
                    case "1.0" -> "fmt/14";
                    case "1.1" -> "fmt/15";
                    case "1.2" -> "fmt/16";
                    case "1.3" -> "fmt/17";
                    case "1.4" -> "fmt/18";
                    case "1.5" -> "fmt/19";
                    case "1.6" -> "fmt/20";
                    case "1.7" -> "fmt/276";
                    case "2.0" -> "fmt/1129";
                    default -> null;
                };
        return new DetectedFormat(id, "application/pdf", id == null ? "PDF" : "PDF " + version);
    }

    private DetectedFormat png() {
        boolean v11 = false;
        int at = PNG.length;
        while (at + 8 <= prefixLength) {
            long length = ((prefix[at] & 0xFFL) << 24)
                    | ((prefix[at + 1] & 0xFF) << 16)
                    | ((prefix[at + 2] & 0xFF) << 8)
                    | (prefix[at + 3] & 0xFF);
            String type = new String(prefix, at + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("iTXt")) {
                return new DetectedFormat("fmt/13", "image/png", "PNG 1.2");
            }
            if (type.equals("IDAT") || type.equals("IEND")) {
                break;
            }
            v11 |= type.equals("sRGB") || type.equals("iCCP") || type.equals("sPLT");
            at += 12 + (int) Math.min(length, PREFIX);
        }
        return v11
                ? new DetectedFormat("fmt/12", "image/png", "PNG 1.1")
                : new DetectedFormat("fmt/11", "image/png", "PNG 1.0");
    }

    private DetectedFormat jpeg() {
        boolean jfif = prefixLength >= 13
                && (prefix[3] & 0xFF) == 0xE0
                && new String(prefix, 6, 5, StandardCharsets.US_ASCII).equals("JFIF\0");
        if (jfif && prefix[11] == 1) {
            switch (prefix[12]) {
                case 0:
                    return new DetectedFormat("fmt/42", "image/jpeg", "JFIF 1.00");
                case 1:
                    return new DetectedFormat("fmt/43", "image/jpeg", "JFIF 1.01");
                case 2:
                    return new DetectedFormat("fmt/44", "image/jpeg", "JFIF 1.02");
                default:
                    break;
            }
        }
        return new DetectedFormat("fmt/41", "image/jpeg", "JPEG");
    }

    private DetectedFormat text() {
        int start = prefixLength >= 3
                        && (prefix[0] & 0xFF) == 0xEF
                        && (prefix[1] & 0xFF) == 0xBB
                        && (prefix[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        int end = prefixLength;
        if (prefixLength == PREFIX) {
            // The prefix may cut a multi-byte character: drop an incomplete one at the end.
            int back = 0;
            while (back < 3 && end - back > start && (prefix[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back > start && (prefix[end - back - 1] & 0xC0) == 0xC0) {
                end = end - back - 1;
            }
        }
        if (end <= start) {
            return DetectedFormat.UNKNOWN;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(prefix, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            return DetectedFormat.UNKNOWN;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return DetectedFormat.UNKNOWN;
            }
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<?xml")
                || trimmed.length() > 1 && trimmed.charAt(0) == '<' && Character.isLetter(trimmed.charAt(1))) {
            return new DetectedFormat("fmt/101", "application/xml", "XML 1.0");
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return new DetectedFormat("fmt/817", "application/json", "JSON");
        }
        return new DetectedFormat("x-fmt/111", "text/plain", "Plain text");
    }
}
