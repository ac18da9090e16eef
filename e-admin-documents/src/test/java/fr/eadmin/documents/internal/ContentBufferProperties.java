package fr.eadmin.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Numbers and operators written as bytes read back as PDF syntax, through the compressed stream. */
class ContentBufferProperties {

    @Property(tries = 500)
    void aNumberIsWrittenToTheThousandthInPdfSyntax(@ForAll @FloatRange(min = -20000, max = 20000) float value)
            throws IOException {
        String written = written(new ContentBuffer().num(value).op("w"));
        assertThat(written).matches("-?(0|[1-9][0-9]*)(\\.[0-9]{0,2}[1-9])? w\n");
        BigDecimal read = new BigDecimal(written.substring(0, written.indexOf(' ')));
        assertThat(read.subtract(new BigDecimal(Float.toString(value))).abs().doubleValue())
                .as("%s read back from %s", value, written)
                .isLessThanOrEqualTo(0.0005 + Math.ulp(value));
    }

    @Example
    void operatorsNamesAndTextAreWrittenAsPdfSyntax() throws IOException {
        SharedFont font = SharedFont.dejaVu();
        ContentBuffer out = new ContentBuffer()
                .beginMarked("P", 3)
                .op("BT")
                .name("F1")
                .num(9.5f)
                .op("Tf")
                .glyphs("A€", font)
                .op("Tj")
                .op("ET")
                .endMarked()
                .fillColour(new float[] {0.1f, 0.25f, 1})
                .rect(50, 0.5f, -0.001f, 10);
        String expected = String.format(
                "/P <</MCID 3>> BDC%nBT%n/F1 9.5 Tf%n<%04X%04X> Tj%nET%nEMC%n0.1 0.25 1 rg%n50 0.5 -0.001 10 re%n",
                (int) font.glyph('A'), (int) font.glyph('€'));
        assertThat(written(out)).isEqualTo(expected.replace(System.lineSeparator(), "\n"));
    }

    @Example
    void refusesNumbersPdfCannotWrite() {
        assertThatThrownBy(() -> new ContentBuffer().num(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContentBuffer().num(Float.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String written(ContentBuffer buffer) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSStream stream = buffer.toStream(doc);
            try (InputStream in = stream.createInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        }
    }
}
