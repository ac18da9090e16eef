package fr.eadmin.test.contract;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Deterministic pseudo-random content of any length, produced on the fly so that large blobs can be tested
 * without ever holding them in memory.
 */
final class GeneratedContent extends InputStream {
    private final long size;
    private long position;
    private long state;

    private GeneratedContent(long size, long seed) {
        this.size = size;
        this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    }

    static GeneratedContent of(long size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        return new GeneratedContent(size, seed);
    }

    /** The SHA-256 (hexadecimal) of the content of the given size and seed, computed by streaming it. */
    static String sha256(long size, long seed) throws IOException {
        try (InputStream in = of(size, seed)) {
            return sha256(in);
        }
    }

    /** The SHA-256 (hexadecimal) of a stream read to its end, without keeping its content. */
    static String sha256(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private int nextByte() {
        // xorshift64: fast and good enough to defeat any compression or deduplication by chunks
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (int) (state & 0xFF);
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        position++;
        return nextByte();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) nextByte();
        }
        position += n;
        return n;
    }
}
