package fr.eadmin.identity.seal;

import fr.eadmin.core.spi.SealRequest;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The binary layout of a seal, version 1, described in the package documentation. */
final class SealCodec {
    static final String PREFIX = "EAS1:";
    static final int VERSION = 1;
    static final int KEY_ID_LENGTH = 8;
    static final int SIGNATURE_LENGTH = 64;
    private static final int DIGEST_LENGTH = 32;
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private SealCodec() {}

    /** What a seal's bytes hold. */
    record Decoded(byte[] keyId, SealRequest request, byte[] signedPart, byte[] signature) {}

    static byte[] signedPart(byte[] keyId, SealRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.write(VERSION);
        out.writeBytes(keyId);
        string(out, request.documentType());
        string(out, request.documentId());
        varint(out, request.issuedAt().getEpochSecond());
        varint(out, request.facts().size());
        request.facts().forEach((key, value) -> {
            string(out, key);
            string(out, value);
        });
        out.writeBytes(request.dataSha256());
        return out.toByteArray();
    }

    /**
     * Reads a seal's bytes.
     *
     * @throws IllegalArgumentException if they do not follow the layout
     * @throws UnsupportedOperationException if the version is not 1
     */
    static Decoded decode(byte[] bytes) {
        Reader in = new Reader(bytes);
        int version = in.octet();
        if (version != VERSION) {
            throw new UnsupportedOperationException("seal version " + version);
        }
        byte[] keyId = in.bytes(KEY_ID_LENGTH);
        String type = in.string();
        String id = in.string();
        long seconds = in.varint();
        long count = in.varint();
        if (count > bytes.length) {
            throw new IllegalArgumentException("too many facts");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (long i = 0; i < count; i++) {
            String key = in.string();
            if (facts.put(key, in.string()) != null) {
                throw new IllegalArgumentException("a fact appears twice");
            }
        }
        byte[] digest = in.bytes(DIGEST_LENGTH);
        int signedLength = in.position;
        byte[] signature = in.bytes(SIGNATURE_LENGTH);
        if (in.position != bytes.length) {
            throw new IllegalArgumentException("bytes after the signature");
        }
        SealRequest request = new SealRequest(type, id, Instant.ofEpochSecond(seconds), facts, digest);
        return new Decoded(keyId, request, Arrays.copyOf(bytes, signedLength), signature);
    }

    static byte[] keyId(byte[] certificate) {
        return Arrays.copyOf(sha256(certificate), KEY_ID_LENGTH);
    }

    /** {@code VS-XXXX-XXXX}: the first 40 bits of the SHA-256 of the seal's bytes, in Crockford's base 32. */
    static String reference(byte[] seal) {
        BigInteger bits = new BigInteger(1, Arrays.copyOf(sha256(seal), 5));
        StringBuilder out = new StringBuilder("VS-");
        for (int i = 7; i >= 0; i--) {
            out.append(CROCKFORD[bits.shiftRight(5 * i).intValue() & 31]);
            if (i == 4) {
                out.append('-');
            }
        }
        return out.toString();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void string(ByteArrayOutputStream out, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varint(out, utf8.length);
        out.writeBytes(utf8);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("seals encode no negative number (dates before 1970)");
        }
        long rest = value;
        while (rest >= 0x80) {
            out.write((int) (rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    /** A strict reader: minimal varints, valid UTF-8, no read past the end. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int octet() {
            if (position >= bytes.length) {
                throw new IllegalArgumentException("truncated seal");
            }
            return bytes[position++] & 0xff;
        }

        byte[] bytes(int length) {
            if (length < 0 || length > bytes.length - position) {
                throw new IllegalArgumentException("truncated seal");
            }
            byte[] out = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return out;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 63; shift += 7) {
                int b = octet();
                if (b == 0 && shift > 0) {
                    throw new IllegalArgumentException("a number is not minimally encoded");
                }
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("a number is too large");
        }

        String string() {
            long length = varint();
            if (length > bytes.length) {
                throw new IllegalArgumentException("truncated seal");
            }
            byte[] utf8 = bytes((int) length);
            var decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            try {
                return decoder.decode(java.nio.ByteBuffer.wrap(utf8)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalArgumentException("a text is not UTF-8", e);
            }
        }
    }
}
