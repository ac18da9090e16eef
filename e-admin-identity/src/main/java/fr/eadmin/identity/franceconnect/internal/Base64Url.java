package fr.eadmin.identity.franceconnect.internal;

import java.util.Base64;

/** Base64url without padding (RFC 7515 section 2), decoded strictly: only the canonical encoding is read. */
public final class Base64Url {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {}

    /**
     * Encodes bytes.
     *
     * @param bytes the bytes
     * @return the text, without padding
     */
    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /**
     * Decodes the canonical Base64url form of some bytes: no padding, no other alphabet, unused bits zero.
     *
     * @param text the text
     * @return the bytes
     * @throws IllegalArgumentException if the text is not the canonical encoding of any bytes
     */
    public static byte[] decode(String text) {
        if (text.length() % 4 == 1) {
            throw new IllegalArgumentException("not Base64url: impossible length");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                throw new IllegalArgumentException("not Base64url: character outside the alphabet");
            }
        }
        byte[] bytes = DECODER.decode(text);
        if (!ENCODER.encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("not canonical Base64url");
        }
        return bytes;
    }
}
