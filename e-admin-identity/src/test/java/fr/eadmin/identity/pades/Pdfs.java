package fr.eadmin.identity.pades;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs for tests: an unsigned two-page A4 document with a line of text on each page. */
public final class Pdfs {
    private Pdfs() {}

    /**
     * The two-page document sealed by the town's seal at a level, with the town's timestamper and CRLs.
     */
    public static byte[] sealed(fr.eadmin.identity.TownPki pki, fr.eadmin.identity.validation.BaselineLevel level) {
        return PadesSigner.create(pki.seal, pki.clock)
                .withTimestamper(pki.timestamper())
                .withCrls(pki.crls())
                .sign(twoPages(), PadesParameters.level(level));
    }

    public static byte[] twoPages() {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(72, 760);
                    content.showText("Arrêté municipal n° 2026-042, page " + i);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
