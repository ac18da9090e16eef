package fr.eadmin.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.documents.internal.PdfAssembly;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Reads back the facts a document embeds as JSON, without parsing its text: the associated file of the catalog
 * whose relationship is {@code /Data} and whose type is {@code application/json}.
 *
 * {@snippet :
 * byte[] json = EmbeddedData.read(pdfBytes);
 * JsonNode facts = EmbeddedData.readTree(pdfBytes);
 * long total = facts.path("totalCents").asLong();
 * DocumentKind kind = EmbeddedData.kind(pdfBytes);     // QUITTANCE
 * }
 */
public final class EmbeddedData {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EmbeddedData() {}

    /**
     * The embedded JSON, byte for byte.
     *
     * @param pdf a PDF file produced by this module
     * @return the JSON bytes (UTF-8)
     * @throws UnreadableDocumentException if the bytes are not a PDF or it embeds no JSON data file
     */
    public static byte[] read(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSBase associated = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            if (associated instanceof COSArray files) {
                for (int i = 0; i < files.size(); i++) {
                    if (files.getObject(i) instanceof COSDictionary dictionary
                            && "Data".equals(dictionary.getNameAsString(COSName.getPDFName("AFRelationship")))) {
                        PDEmbeddedFile file = new PDComplexFileSpecification(dictionary).getEmbeddedFileUnicode();
                        if (file != null && PdfAssembly.DATA_TYPE.equals(file.getSubtype())) {
                            return file.toByteArray();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("the bytes are not a readable PDF file", e);
        }
        throw new UnreadableDocumentException("the PDF file embeds no JSON data file", null);
    }

    /**
     * What kind of document a PDF is, from its embedded data.
     *
     * @param pdf a PDF file produced by this module
     * @return the kind
     * @throws UnreadableDocumentException if the bytes are not a PDF, it embeds no JSON data file, or the data
     *     names no known kind
     */
    public static DocumentKind kind(byte[] pdf) {
        String code = readTree(pdf).path("type").asText("");
        return DocumentKind.ofCode(code)
                .orElseThrow(
                        () -> new UnreadableDocumentException("the embedded data names no known document kind", null));
    }

    /**
     * The embedded JSON as a tree.
     *
     * @param pdf a PDF file produced by this module
     * @return the facts
     * @throws UnreadableDocumentException if the bytes are not a PDF, or it embeds no JSON data file, or the data
     *     is not JSON
     */
    public static JsonNode readTree(byte[] pdf) {
        byte[] json = read(pdf);
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UnreadableDocumentException("the embedded data is not JSON", e);
        }
    }
}
