package fr.eadmin.documents;

import fr.eadmin.core.spi.VisibleSeal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document produced by a {@link DocumentRenderer}.
 *
 * @param kind what the document is
 * @param reference the document's reference, printed in every footer and sealed
 * @param issuedAt when it was produced (the renderer's clock, to the second)
 * @param pdf the PDF/A-3b file
 * @param data the canonical JSON embedded in the file (its SHA-256 is what the seal covers)
 * @param seal the seal printed on it, or null when the renderer has no sealer
 * @param pages the number of pages
 */
public record RenderedDocument(
        DocumentKind kind,
        String reference,
        Instant issuedAt,
        byte[] pdf,
        byte[] data,
        @Nullable VisibleSeal seal,
        int pages) {
    /** Checks and copies the values. */
    public RenderedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(issuedAt, "issuedAt");
        pdf = Objects.requireNonNull(pdf, "pdf").clone();
        data = Objects.requireNonNull(data, "data").clone();
    }

    /**
     * The PDF/A-3b file.
     *
     * @return a copy of the bytes
     */
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    /**
     * The canonical JSON embedded in the file.
     *
     * @return a copy of the bytes
     */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedDocument that
                && kind == that.kind
                && reference.equals(that.reference)
                && issuedAt.equals(that.issuedAt)
                && Arrays.equals(pdf, that.pdf)
                && Arrays.equals(data, that.data)
                && Objects.equals(seal, that.seal)
                && pages == that.pages;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, reference, issuedAt, Arrays.hashCode(pdf), Arrays.hashCode(data), seal, pages);
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + kind.code() + " " + reference + ", " + pages + " pages, " + pdf.length + " bytes]";
    }
}
