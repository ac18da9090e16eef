package fr.eadmin.archive.seda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {
    @Test
    void recognisesPdfA3bFromItsXmp() {
        assertThat(FormatSniffer.detect(Samples.pdfA3b()).pronomId()).isEqualTo("fmt/480");
    }

    @Test
    void findsTheXmpDeclarationAcrossChunkBoundaries() {
        byte[] pdf = Samples.pdfA3b();
        FormatSniffer sniffer = FormatSniffer.create();
        for (int i = 0; i < pdf.length; i += 7) {
            sniffer.update(pdf, i, Math.min(7, pdf.length - i));
        }
        assertThat(sniffer.result().name()).isEqualTo("PDF/A-3b");
    }

    @Test
    void findsTheXmpDeclarationFarBeyondThePrefix() {
        byte[] head = Samples.pdf("1.7");
        byte[] filler = new byte[3 * FormatSniffer.PREFIX];
        byte[] xmp =
                "<rdf:Description pdfaid:part=\"2\" pdfaid:conformance=\"U\"/>".getBytes(StandardCharsets.US_ASCII);
        FormatSniffer sniffer = FormatSniffer.create();
        sniffer.update(head, 0, head.length);
        sniffer.update(filler, 0, filler.length);
        sniffer.update(xmp, 0, xmp.length);
        assertThat(sniffer.result().pronomId()).isEqualTo("fmt/478");
    }

    @Test
    void aPdfWithoutConformanceIsIdentifiedByItsVersion() {
        byte[] pdf = (new String(Samples.pdf("1.4"), StandardCharsets.ISO_8859_1) + "<pdfaid:part>3</pdfaid:part>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FormatSniffer.detect(pdf).pronomId()).isEqualTo("fmt/18");
    }

    @ParameterizedTest
    @CsvSource({"1.3,fmt/17", "1.4,fmt/18", "1.5,fmt/19", "1.6,fmt/20", "1.7,fmt/276", "2.0,fmt/1129"})
    void recognisesPdfVersions(String version, String pronom) {
        assertThat(FormatSniffer.detect(Samples.pdf(version)).pronomId()).isEqualTo(pronom);
    }

    @Test
    void recognisesPngVersionsByTheirChunks() {
        assertThat(FormatSniffer.detect(Samples.png()).pronomId()).isEqualTo("fmt/11");
        assertThat(FormatSniffer.detect(Samples.png("sRGB")).pronomId()).isEqualTo("fmt/12");
        assertThat(FormatSniffer.detect(Samples.png("gAMA", "iTXt")).pronomId()).isEqualTo("fmt/13");
    }

    @Test
    void recognisesJfifVersions() {
        assertThat(FormatSniffer.detect(Samples.jfif(1)).pronomId()).isEqualTo("fmt/43");
        assertThat(FormatSniffer.detect(Samples.jfif(2)).pronomId()).isEqualTo("fmt/44");
        byte[] exif = Samples.jfif(1);
        exif[3] = (byte) 0xE1;
        assertThat(FormatSniffer.detect(exif).pronomId()).isEqualTo("fmt/41");
    }

    @Test
    void recognisesTextFormats() {
        assertThat(FormatSniffer.detect(Samples.utf8("\uFEFF<?xml version=\"1.0\"?><a/>"))
                        .pronomId())
                .isEqualTo("fmt/101");
        assertThat(FormatSniffer.detect(Samples.utf8("  [1, 2]")).pronomId()).isEqualTo("fmt/817");
        assertThat(FormatSniffer.detect(Samples.utf8("Bonjour, été")).pronomId())
                .isEqualTo("x-fmt/111");
    }

    @Test
    void binaryOrEmptyContentIsUnknown() {
        assertThat(FormatSniffer.detect(Samples.random(1000, 1))).isEqualTo(DetectedFormat.UNKNOWN);
        assertThat(FormatSniffer.detect(new byte[0])).isEqualTo(DetectedFormat.UNKNOWN);
        assertThat(FormatSniffer.detect(new byte[] {'a', 0, 'b'})).isEqualTo(DetectedFormat.UNKNOWN);
    }

    @Test
    void theFileNameIsNeverUsed() {
        // A PNG whose bytes are text stays text: only content counts.
        assertThat(FormatSniffer.detect(Samples.utf8("not really a png")).mimeType())
                .isEqualTo("text/plain");
    }

    @Test
    void aLongUtf8TextCutInsideACharacterIsStillText() {
        String text = "é".repeat(FormatSniffer.PREFIX);
        assertThat(FormatSniffer.detect(Samples.utf8(text)).pronomId()).isEqualTo("x-fmt/111");
    }
}
