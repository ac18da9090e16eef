package fr.eadmin.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The font program embedded in every document draws every glyph of the shipped font, with the same metrics. */
class SharedFontTest {
    private static final SharedFont FONT = SharedFont.dejaVu();

    @Test
    void theEmbeddedProgramHasEveryGlyphOfTheShippedFontWithTheSameOutlineAndWidth() throws IOException {
        try (PDDocument doc = new PDDocument();
                TrueTypeFont shipped = shipped();
                TrueTypeFont embedded = embedded(FONT.addTo(doc))) {
            assertThat(embedded.getNumberOfGlyphs()).isEqualTo(shipped.getNumberOfGlyphs());
            for (int gid = 0; gid < shipped.getNumberOfGlyphs(); gid++) {
                assertThat(embedded.getAdvanceWidth(gid))
                        .as("width of glyph %d", gid)
                        .isEqualTo(shipped.getAdvanceWidth(gid));
                assertThat(outline(embedded.getGlyph().getGlyph(gid)))
                        .as("outline of glyph %d", gid)
                        .isEqualTo(outline(shipped.getGlyph().getGlyph(gid)));
            }
            assertThat(embedded.getTableMap().keySet())
                    .as("no hinting, no character map, no names")
                    .doesNotContain("cvt ", "fpgm", "prep", "cmap", "name", "post");
            assertThat(embedded.getMaximumProfile().getMaxSizeOfInstructions()).isZero();
        }
    }

    @Test
    void eachDocumentGetsItsOwnCopyOfTheFontObjects() throws IOException {
        try (PDDocument one = new PDDocument();
                PDDocument two = new PDDocument()) {
            COSDictionary first = FONT.addTo(one);
            COSDictionary second = FONT.addTo(two);
            assertThat(first).isNotSameAs(second);
            COSDictionary cidFont = descendant(first);
            assertThat(cidFont).isNotSameAs(descendant(second));
            assertThat(cidFont.getItem(COSName.W))
                    .isNotSameAs(descendant(second).getItem(COSName.W));
            assertThat(cidFont.getItem(COSName.W).toString())
                    .isEqualTo(descendant(second).getItem(COSName.W).toString())
                    .contains("COSInt{600}");
            assertThat(fontFile(first)).isNotSameAs(fontFile(second));
        }
    }

    @Test
    void textIsEncodedAsTheGlyphsPdfBoxReadsBack() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = new PDType0Font(FONT.addTo(doc));
            String text = "Total reçu : 1\u202F100,50\u00A0€ — Œuvre «\u00A0été\u00A0» Ελλάδα Москва";
            for (char c : text.toCharArray()) {
                int code = FONT.glyph(c);
                assertThat(font.toUnicode(code)).as("character %04X", (int) c).isEqualTo(String.valueOf(c));
                assertThat(font.getWidth(code)).as("width of %04X", (int) c).isEqualTo(FONT.width(String.valueOf(c)));
            }
        }
    }

    private static TrueTypeFont shipped() throws IOException {
        try (InputStream in = SharedFont.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            return new TTFParser()
                    .parse(new RandomAccessReadBuffer(Objects.requireNonNull(in).readAllBytes()));
        }
    }

    private static TrueTypeFont embedded(COSDictionary type0) throws IOException {
        COSStream file = fontFile(type0);
        try (InputStream in = file.createInputStream()) {
            byte[] program = in.readAllBytes();
            assertThat(file.getInt(COSName.LENGTH1)).isEqualTo(program.length);
            return new TTFParser(true).parse(new RandomAccessReadBuffer(program));
        }
    }

    private static COSDictionary descendant(COSDictionary type0) {
        return (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
    }

    private static COSStream fontFile(COSDictionary type0) {
        COSDictionary descriptor = Objects.requireNonNull(descendant(type0).getCOSDictionary(COSName.FONT_DESC));
        return Objects.requireNonNull(descriptor.getCOSStream(COSName.FONT_FILE2));
    }

    private static List<Object> outline(GlyphData glyph) {
        List<Object> segments = new ArrayList<>();
        if (glyph == null) {
            return segments;
        }
        GeneralPath path = glyph.getPath();
        double[] coordinates = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coordinates);
            segments.add(type);
            for (double c : coordinates) {
                segments.add(c);
            }
            java.util.Arrays.fill(coordinates, 0);
        }
        return segments;
    }
}
