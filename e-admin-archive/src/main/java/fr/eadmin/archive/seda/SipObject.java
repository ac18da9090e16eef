package fr.eadmin.archive.seda;

import java.util.Objects;

/**
 * One binary data object written into a package.
 *
 * @param id its identifier in the manifest, such as {@code BDO-1}
 * @param uri its path in the package, such as {@code Content/001_001_arrete.pdf}
 * @param sha512 the SHA-512 digest of its bytes, 128 lower-case hexadecimal characters
 * @param size its size in bytes
 * @param format the format recognised from its content
 * @param filename its original file name
 */
public record SipObject(String id, String uri, String sha512, long size, DetectedFormat format, String filename) {
    /** Checks the values. */
    public SipObject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(sha512, "sha512");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filename, "filename");
        if (size < 0) {
            throw new IllegalArgumentException("size cannot be negative");
        }
    }
}
