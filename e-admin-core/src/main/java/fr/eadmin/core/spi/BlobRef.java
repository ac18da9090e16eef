package fr.eadmin.core.spi;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The address of a blob in a {@link BlobStore}: the SHA-256 digest of its content, and its size. Two equal
 * contents have the same reference, so storing a file twice keeps one copy.
 *
 * @param sha256 the SHA-256 digest as 64 lower-case hexadecimal characters
 * @param size the size in bytes
 */
public record BlobRef(String sha256, long size) {
    /** Checks the values. */
    public BlobRef {
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hexadecimal characters");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size);
        }
    }

    /**
     * Builds a reference from a raw digest.
     *
     * @param digest the 32-byte SHA-256 digest
     * @param size the size in bytes
     * @return the reference
     */
    public static BlobRef of(byte[] digest, long size) {
        if (digest.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, got " + digest.length);
        }
        return new BlobRef(HexFormat.of().formatHex(digest), size);
    }

    /**
     * Parses the form {@code <sha256 hex>:<size>} written by {@link #toString()}.
     *
     * @param text the text
     * @return the reference
     */
    public static BlobRef parse(String text) {
        int colon = Objects.requireNonNull(text, "text").lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a blob reference is <sha256 hex>:<size>");
        }
        return new BlobRef(
                text.substring(0, colon).toLowerCase(Locale.ROOT), Long.parseLong(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return sha256 + ":" + size;
    }
}
