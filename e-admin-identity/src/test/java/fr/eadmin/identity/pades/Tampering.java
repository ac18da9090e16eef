package fr.eadmin.identity.pades;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.identity.internal.Cms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSSignedData;

/** What an attacker does to a signed PDF, for the tests of validators. */
public final class Tampering {
    private Tampering() {}

    /** Appends an incremental update writing "ANNULÉ" on the first page. */
    public static byte[] appendText(byte[] signed) throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
                content.newLineAtOffset(72, 700);
                content.showText("ANNULÉ");
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            return saveIncremental(document);
        }
    }

    /** Appends an incremental update adding a square annotation over the first page's text. */
    public static byte[] addSquare(byte[] signed) throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(0);
            COSDictionary square = new COSDictionary();
            square.setItem(COSName.TYPE, COSName.ANNOT);
            square.setItem(COSName.SUBTYPE, COSName.getPDFName("Square"));
            square.setItem(COSName.RECT, new PDRectangle(60, 690, 300, 40).getCOSArray());
            COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annotations == null) {
                annotations = new COSArray();
                page.getCOSObject().setItem(COSName.ANNOTS, annotations);
            }
            annotations.add(square);
            annotations.setNeedToBeUpdated(true);
            page.getCOSObject().setNeedToBeUpdated(true);
            return saveIncremental(document);
        }
    }

    /** A change to the CMS of the last signature. */
    public interface CmsChange {
        CMSSignedData apply(CMSSignedData cms) throws Exception;
    }

    /** Writes another CMS in the last signature's /Contents, in place, padded with zeros. */
    public static byte[] replaceCms(byte[] signed, CmsChange change) throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            int[] range = signature.getByteRange();
            CMSSignedData cms = new CMSSignedData(Cms.firstObject(signature.getContents(signed)));
            byte[] replacement = change.apply(cms).getEncoded("DER");
            int room = (range[2] - range[1] - 2) / 2;
            assertThat(replacement.length).isLessThanOrEqualTo(room);
            byte[] hex =
                    HexFormat.of().formatHex(Arrays.copyOf(replacement, room)).getBytes(StandardCharsets.US_ASCII);
            byte[] out = signed.clone();
            System.arraycopy(hex, 0, out, range[1] + 1, hex.length);
            return out;
        }
    }

    private static byte[] saveIncremental(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.saveIncremental(out);
        return out.toByteArray();
    }
}
