package fr.eadmin.identity.franceconnect.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Converts ECDSA signatures between the JWS form (R and S as fixed-length unsigned big-endian integers,
 * concatenated: RFC 7518 section 3.4) and the DER {@code SEQUENCE { INTEGER r, INTEGER s }} that JCA reads
 * and writes.
 */
public final class EcdsaSignatures {
    private EcdsaSignatures() {}

    /**
     * R||S to DER.
     *
     * @param raw R then S, each {@code raw.length / 2} bytes
     * @param size the length of each integer (32 for P-256)
     * @return the DER encoding
     * @throws IllegalArgumentException if the length is not {@code 2 * size} or R or S is zero
     */
    public static byte[] rawToDer(byte[] raw, int size) {
        if (raw.length != 2 * size) {
            throw new IllegalArgumentException("an ECDSA signature has " + 2 * size + " bytes");
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, size));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, size, 2 * size));
        if (r.signum() == 0 || s.signum() == 0) {
            throw new IllegalArgumentException("R and S are positive");
        }
        byte[] rBytes = r.toByteArray();
        byte[] sBytes = s.toByteArray();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        writeInteger(content, rBytes);
        writeInteger(content, sBytes);
        ByteArrayOutputStream der = new ByteArrayOutputStream();
        der.write(0x30);
        writeLength(der, content.size());
        der.writeBytes(content.toByteArray());
        return der.toByteArray();
    }

    /**
     * DER to R||S.
     *
     * @param der the DER encoding
     * @param size the length of each integer (32 for P-256)
     * @return R then S, each {@code size} bytes
     * @throws IllegalArgumentException if the encoding is not a DER sequence of two positive integers that
     *     fit in {@code size} bytes
     */
    public static byte[] derToRaw(byte[] der, int size) {
        int[] at = {0};
        expect(der, at, 0x30);
        int length = readLength(der, at);
        if (at[0] + length != der.length) {
            throw new IllegalArgumentException("trailing or missing bytes after the DER sequence");
        }
        byte[] r = readInteger(der, at, size);
        byte[] s = readInteger(der, at, size);
        if (at[0] != der.length) {
            throw new IllegalArgumentException("more than two integers in the DER sequence");
        }
        byte[] raw = new byte[2 * size];
        System.arraycopy(r, 0, raw, size - r.length, r.length);
        System.arraycopy(s, 0, raw, 2 * size - s.length, s.length);
        return raw;
    }

    private static void writeInteger(ByteArrayOutputStream out, byte[] bytes) {
        out.write(0x02);
        writeLength(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else {
            out.write(0x81);
            out.write(length);
        }
    }

    private static void expect(byte[] der, int[] at, int tag) {
        if (at[0] >= der.length || (der[at[0]] & 0xff) != tag) {
            throw new IllegalArgumentException("unexpected DER tag");
        }
        at[0]++;
    }

    private static int readLength(byte[] der, int[] at) {
        if (at[0] >= der.length) {
            throw new IllegalArgumentException("truncated DER length");
        }
        int first = der[at[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        if (first != 0x81 || at[0] >= der.length) {
            throw new IllegalArgumentException("unsupported DER length");
        }
        int length = der[at[0]++] & 0xff;
        if (length < 0x80) {
            throw new IllegalArgumentException("non-minimal DER length");
        }
        return length;
    }

    private static byte[] readInteger(byte[] der, int[] at, int size) {
        expect(der, at, 0x02);
        int length = readLength(der, at);
        if (length == 0 || at[0] + length > der.length) {
            throw new IllegalArgumentException("truncated DER integer");
        }
        byte[] value = Arrays.copyOfRange(der, at[0], at[0] + length);
        at[0] += length;
        if ((value[0] & 0x80) != 0) {
            throw new IllegalArgumentException("negative DER integer");
        }
        if (value.length > 1 && value[0] == 0 && (value[1] & 0x80) == 0) {
            throw new IllegalArgumentException("non-minimal DER integer");
        }
        byte[] unsigned = value[0] == 0 ? Arrays.copyOfRange(value, 1, value.length) : value;
        if (unsigned.length > size || unsigned.length == 0) {
            throw new IllegalArgumentException("DER integer out of range");
        }
        return unsigned;
    }
}
