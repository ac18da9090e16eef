package fr.eadmin.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.eadmin.core.spi.SealRequest;
import fr.eadmin.core.teleservice.SilenceRule;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** The seal is printed as a QR code that decodes back to exactly what the sealer produced. */
class SealTest {
    private final HmacSealer sealer = new HmacSealer("clé de scellement de test");
    private final DocumentRenderer renderer = DocumentRenderer.create(Samples.town(), Samples.CLOCK, sealer);

    @Test
    void theQrCodeOfAReceiptDecodesToTheSealersPayload() throws Exception {
        RenderedDocument document = renderer.quittance(Samples.quittance());

        assertThat(sealer.seals).hasSize(1);
        String payload = decodeLastPage(document.pdf());
        assertThat(payload).isEqualTo(sealer.seals.get(0).payload());
        assertThat(document.seal()).isEqualTo(sealer.seals.get(0));
        assertThat(sealer.verifies(payload)).isTrue();
        assertThat(PdfChecks.text(document.pdf()))
                .contains("Vérifiez ce document : référence "
                        + sealer.seals.get(0).reference());
        PdfChecks.valid(document.pdf());
    }

    @Test
    void theSealCoversTheEmbeddedDataAndTheKeyFacts() {
        RenderedDocument document = renderer.quittance(Samples.quittance());

        SealRequest request = sealer.requests.get(0);
        assertThat(request.documentType()).isEqualTo("quittance");
        assertThat(request.documentId()).isEqualTo("Q-2026-000317");
        assertThat(request.issuedAt()).isEqualTo(Samples.NOW);
        assertThat(request.facts()).containsEntry("montant", "110050").containsEntry("regie", "Régie enfance");
        assertThat(request.dataSha256())
                .isEqualTo(
                        fr.eadmin.documents.internal.PdfAssembly.digest("SHA-256", EmbeddedData.read(document.pdf())));
    }

    @Test
    void aLongAccuseDeReceptionCarriesItsSealToo() throws Exception {
        RenderedDocument document = renderer.accuseReception(Samples.accuse(SilenceRule.REJET));

        assertThat(decodeLastPage(document.pdf())).isEqualTo(sealer.seals.get(0).payload());
        PdfChecks.valid(document.pdf());
    }

    @Test
    void aDocumentWithoutSealerHasNoCode() throws IOException {
        RenderedDocument document =
                DocumentRenderer.create(Samples.town(), Samples.CLOCK).quittance(Samples.quittance());

        assertThat(document.seal()).isNull();
        assertThat(PdfChecks.text(document.pdf())).doesNotContain("Vérifiez ce document");
    }

    static String decodeLastPage(byte[] pdf)
            throws IOException, com.google.zxing.FormatException, com.google.zxing.ChecksumException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 200);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            try {
                Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                return result.getText();
            } catch (NotFoundException e) {
                throw new AssertionError("no QR code found on the last page", e);
            }
        }
    }
}
