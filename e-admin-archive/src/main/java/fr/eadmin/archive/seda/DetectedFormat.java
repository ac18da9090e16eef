package fr.eadmin.archive.seda;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A file format recognised from the content: its PRONOM identifier (when known), MIME type and name.
 *
 * @param pronomId the PRONOM identifier such as {@code fmt/480}, or null when the format is unknown
 * @param mimeType the MIME type
 * @param name a human-readable name, such as {@code PDF/A-3b}
 */
public record DetectedFormat(@Nullable String pronomId, String mimeType, String name) {
    /** The format of content nothing was recognised in. */
    public static final DetectedFormat UNKNOWN = new DetectedFormat(null, "application/octet-stream", "Unknown");

    /** Checks the values. */
    public DetectedFormat {
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The PRONOM identifier.
     *
     * @return it, or empty for an unknown format
     */
    public Optional<String> pronom() {
        return Optional.ofNullable(pronomId);
    }
}
