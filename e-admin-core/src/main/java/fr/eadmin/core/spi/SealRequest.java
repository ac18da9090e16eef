package fr.eadmin.core.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Sealer} attests about one document.
 *
 * @param documentType the kind of document, a short code such as {@code accuse-reception} or {@code quittance}
 * @param documentId the document's own reference, as printed on it
 * @param issuedAt when the document was issued
 * @param facts the key facts a verifier reads back from the seal, in the order to show them (keys and values
 *     short: a seal must fit a 2D code)
 * @param dataSha256 the SHA-256 digest of the document's machine-readable data (for a PDF, of the JSON file
 *     it embeds), 32 bytes
 */
public record SealRequest(
        String documentType, String documentId, Instant issuedAt, Map<String, String> facts, byte[] dataSha256) {
    /** Checks the values and copies the mutable ones. */
    public SealRequest {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(dataSha256, "dataSha256");
        if (documentType.isBlank() || documentId.isBlank()) {
            throw new IllegalArgumentException("a sealed document needs a type and an id");
        }
        if (dataSha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, got " + dataSha256.length);
        }
        facts.forEach((key, value) -> {
            Objects.requireNonNull(key, "fact key");
            Objects.requireNonNull(value, "fact value");
        });
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        dataSha256 = dataSha256.clone();
    }

    /** {@return a copy of the digest} */
    @Override
    public byte[] dataSha256() {
        return dataSha256.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealRequest that
                && documentType.equals(that.documentType)
                && documentId.equals(that.documentId)
                && issuedAt.equals(that.issuedAt)
                && facts.equals(that.facts)
                && Arrays.equals(dataSha256, that.dataSha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentType, documentId, issuedAt, facts, Arrays.hashCode(dataSha256));
    }

    @Override
    public String toString() {
        return "SealRequest[" + documentType + " " + documentId + " issued " + issuedAt + ", " + facts.size()
                + " facts]";
    }
}
