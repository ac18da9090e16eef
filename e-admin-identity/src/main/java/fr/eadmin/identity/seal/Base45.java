package fr.eadmin.identity.seal;

import java.nio.charset.StandardCharsets;

/**
 * Base45 (RFC 9285): bytes as characters of the QR code's alphanumeric mode, 3 characters per 2 bytes.
 * Decoding is strict: a character outside the alphabet, a dangling character or a group above its range is
 * refused.
 */
final class Base45 {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private Base45() {}

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length + 1) / 2 * 3);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int n = ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
            out.append(ALPHABET.charAt(n % 45))
                    .append(ALPHABET.charAt(n / 45 % 45))
                    .append(ALPHABET.charAt(n / 2025));
        }
        if (bytes.length % 2 == 1) {
            int n = bytes[bytes.length - 1] & 0xff;
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return out.toString();
    }

    /**
     * Decodes a text.
     *
     * @param text the Base45 text
     * @return the bytes
     * @throws IllegalArgumentException if the text is not strict Base45
     */
    static byte[] decode(String text) {
        byte[] chars = text.getBytes(StandardCharsets.US_ASCII);
        if (chars.length % 3 == 1 || text.length() != chars.length) {
            throw new IllegalArgumentException("not Base45: length " + text.length());
        }
        byte[] out = new byte[chars.length / 3 * 2 + (chars.length % 3 == 2 ? 1 : 0)];
        int o = 0;
        for (int i = 0; i < chars.length; i += 3) {
            if (i + 2 < chars.length) {
                int n = value(text.charAt(i)) + value(text.charAt(i + 1)) * 45 + value(text.charAt(i + 2)) * 2025;
                if (n > 0xffff) {
                    throw new IllegalArgumentException("not Base45: group out of range at " + i);
                }
                out[o++] = (byte) (n >> 8);
                out[o++] = (byte) n;
            } else {
                int n = value(text.charAt(i)) + value(text.charAt(i + 1)) * 45;
                if (n > 0xff) {
                    throw new IllegalArgumentException("not Base45: last group out of range");
                }
                out[o++] = (byte) n;
            }
        }
        return out;
    }

    private static int value(char c) {
        int value = ALPHABET.indexOf(c);
        if (value < 0) {
            throw new IllegalArgumentException("not Base45: character " + (int) c);
        }
        return value;
    }
}
