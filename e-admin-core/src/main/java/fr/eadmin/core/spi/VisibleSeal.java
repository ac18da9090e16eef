package fr.eadmin.core.spi;

import java.util.Objects;

/**
 * A verifiable seal ready to print: the text a 2D code carries, and a short reference a person can type to
 * check the document by other means.
 *
 * @param payload the signed payload, as text to encode in a 2D code (printable ASCII)
 * @param reference a short human-readable verification reference, such as {@code VT-7K3M-Q9XZ}
 */
public record VisibleSeal(String payload, String reference) {
    /** Checks the values. */
    public VisibleSeal {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(reference, "reference");
        if (payload.isEmpty() || !payload.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("a seal payload is non-empty printable ASCII");
        }
        if (reference.isBlank() || reference.length() > 32) {
            throw new IllegalArgumentException("a seal reference has 1 to 32 characters");
        }
    }
}
