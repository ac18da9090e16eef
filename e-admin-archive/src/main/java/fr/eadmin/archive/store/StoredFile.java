package fr.eadmin.archive.store;

import java.util.Objects;

/**
 * A file written to the archive store.
 *
 * @param path its path relative to the store's root, with {@code /} separators
 * @param sha512 the SHA-512 digest of its content, hexadecimal
 * @param size its size in bytes
 */
public record StoredFile(String path, String sha512, long size) {
    /** Checks the values. */
    public StoredFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha512, "sha512");
    }
}
