package fr.eadmin.identity.pades;

import fr.eadmin.core.spi.Timestamper;
import fr.eadmin.identity.CryptographicFailureException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.jspecify.annotations.Nullable;

/**
 * Adds a PAdES document time-stamp (ETSI EN 319 142-1, the building block of B-LTA) to a PDF: an
 * incremental update with a signature dictionary of type {@code /DocTimeStamp}, SubFilter
 * {@code ETSI.RFC3161}, whose {@code /Contents} is an RFC 3161 token of the SHA-256 of the bytes its byte
 * range covers. Added after a B-LT signature, it proves the signature and its validation material existed at
 * the token's time. Thread-safe.
 *
 * {@snippet :
 * byte[] archived = DocumentTimestamper.create(timestamper).timestamp(sealedAtBLt);
 * }
 */
public final class DocumentTimestamper {
    private static final COSName DOC_TIME_STAMP = COSName.getPDFName("DocTimeStamp");
    private static final COSName ETSI_RFC3161 = COSName.getPDFName("ETSI.RFC3161");
    private static final int MINIMUM_ROOM = 4096;
    private static final int ATTEMPTS = 3;

    private final Timestamper timestamper;

    private DocumentTimestamper(Timestamper timestamper) {
        this.timestamper = timestamper;
    }

    /**
     * A document timestamper.
     *
     * @param timestamper an RFC 3161 timestamper whose tokens are DER {@code TimeStampToken}s, such as
     *     {@link fr.eadmin.identity.timestamp.Rfc3161Timestamper}
     * @return the document timestamper
     */
    public static DocumentTimestamper create(Timestamper timestamper) {
        return new DocumentTimestamper(Objects.requireNonNull(timestamper, "timestamper"));
    }

    /**
     * Adds a document time-stamp.
     *
     * @param pdf the document
     * @return the document followed by one incremental update holding the time-stamp
     * @throws UnreadablePdfException if the bytes are not a PDF PDFBox can read, or an encrypted one
     * @throws fr.eadmin.core.EAdminException if the timestamper fails (a subclass saying why)
     */
    public byte[] timestamp(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        int room = MINIMUM_ROOM;
        for (int attempt = 1; ; attempt++) {
            Attempt result = once(pdf, room);
            if (result.document != null) {
                return result.document;
            }
            if (attempt == ATTEMPTS) {
                throw new CryptographicFailureException(
                        "fit a time-stamp of " + result.tokenLength + " bytes in the PDF",
                        new IOException("token larger than expected"));
            }
            room = result.tokenLength + MINIMUM_ROOM;
        }
    }

    /** The stamped document, or null with the length of the token that did not fit. */
    private record Attempt(byte @Nullable [] document, int tokenLength) {}

    private Attempt once(byte[] pdf, int room) {
        try (PDDocument document = PadesSigner.load(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setType(DOC_TIME_STAMP);
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_RFC3161);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * room + 4096);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(room);
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                byte[] digest;
                try (InputStream content = external.getContent()) {
                    digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
                }
                byte[] token = timestamper.timestamp(digest).encoded();
                if (token.length > room) {
                    return new Attempt(null, token.length);
                }
                external.setSignature(token);
                return new Attempt(out.toByteArray(), token.length);
            }
        } catch (IOException e) {
            throw new UnreadablePdfException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
