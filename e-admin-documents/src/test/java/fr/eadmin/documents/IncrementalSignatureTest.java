package fr.eadmin.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;

/**
 * The documents are signed later (PAdES, by another module) as an incremental update appended to the bytes
 * produced here: such an update must leave the original intact and the file valid.
 */
class IncrementalSignatureTest {

    @Test
    void anIncrementalSignatureUpdateKeepsTheOriginalBytesAndAValidFile() throws Exception {
        RenderedDocument document = DocumentRenderer.create(Samples.town(), Samples.CLOCK, new HmacSealer("k"))
                .quittance(Samples.quittance());
        byte[] original = document.pdf();

        byte[] signed;
        try (PDDocument doc = Loader.loadPDF(original)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("Mairie de Maurepas");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
            when.setTimeInMillis(Samples.NOW.toEpochMilli());
            signature.setSignDate(when);
            // a placeholder instead of a CMS signature: this test checks the file structure, not cryptography
            doc.addSignature(signature, content -> {
                content.readAllBytes();
                return new byte[] {0x30, 0x03, 0x02, 0x01, 0x00};
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            signed = out.toByteArray();
        }

        assertThat(signed.length).isGreaterThan(original.length);
        assertThat(Arrays.copyOf(signed, original.length)).isEqualTo(original);
        PdfChecks.qpdfCheck(signed);
        assertThat(EmbeddedData.read(signed)).isEqualTo(document.data());
        assertThat(PdfChecks.text(signed)).contains("Quittance n° Q-2026-000317");
        try (PDDocument doc = Loader.loadPDF(signed)) {
            assertThat(doc.getSignatureDictionaries()).hasSize(1);
            int[] range = doc.getSignatureDictionaries().get(0).getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(signed.length);
        }
    }
}
