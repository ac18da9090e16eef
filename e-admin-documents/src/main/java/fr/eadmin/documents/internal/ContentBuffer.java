package fr.eadmin.documents.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The operators of one content stream, written as bytes: numbers in thousandths of a point without going through
 * text formatting, text as two-byte glyph codes of the {@link SharedFont}. When complete, the bytes are compressed
 * into a new stream of the document.
 */
final class ContentBuffer {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[4096];
    private int size;

    /**
     * Appends an operator and ends the line.
     *
     * @param operator the operator, ASCII
     * @return this buffer
     */
    ContentBuffer op(String operator) {
        ascii(operator);
        put((byte) '\n');
        return this;
    }

    /**
     * Appends a number rounded to the thousandth, and a space.
     *
     * @param value the number
     * @return this buffer
     * @throws IllegalArgumentException if the number is infinite or not a number
     */
    ContentBuffer num(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        long thousandths = Math.round(value * 1000.0);
        if (thousandths < 0) {
            put((byte) '-');
            thousandths = -thousandths;
        }
        integer(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            put((byte) '.');
            put((byte) ('0' + fraction / 100));
            if (fraction % 100 != 0) {
                put((byte) ('0' + fraction / 10 % 10));
                if (fraction % 10 != 0) {
                    put((byte) ('0' + fraction % 10));
                }
            }
        }
        put((byte) ' ');
        return this;
    }

    /**
     * Appends a name and a space.
     *
     * @param name the name without its slash, regular ASCII characters only
     * @return this buffer
     */
    ContentBuffer name(String name) {
        put((byte) '/');
        ascii(name);
        put((byte) ' ');
        return this;
    }

    /**
     * Appends a marked-content property list holding an MCID, and a space.
     *
     * @param mcid the marked-content identifier
     * @return this buffer
     */
    ContentBuffer mcid(int mcid) {
        ascii("<</MCID ");
        integer(mcid);
        ascii(">> ");
        return this;
    }

    /**
     * Appends a text as a hexadecimal string of the font's glyph codes, and a space.
     *
     * @param text characters the font can show
     * @param font the font the text is set in
     * @return this buffer
     */
    ContentBuffer glyphs(String text, SharedFont font) {
        ensure(text.length() * 4 + 3);
        bytes[size++] = '<';
        for (int i = 0; i < text.length(); i++) {
            char glyph = font.glyph(text.charAt(i));
            bytes[size++] = HEX[glyph >> 12 & 0xF];
            bytes[size++] = HEX[glyph >> 8 & 0xF];
            bytes[size++] = HEX[glyph >> 4 & 0xF];
            bytes[size++] = HEX[glyph & 0xF];
        }
        bytes[size++] = '>';
        bytes[size++] = ' ';
        return this;
    }

    /**
     * Begins a marked-content sequence that is decoration ({@code /Artifact BMC}).
     *
     * @return this buffer
     */
    ContentBuffer beginArtifact() {
        return name("Artifact").op("BMC");
    }

    /**
     * Begins a marked-content sequence of a structure element ({@code /Tag <</MCID n>> BDC}).
     *
     * @param tag the structure type
     * @param mcid the marked-content identifier
     * @return this buffer
     */
    ContentBuffer beginMarked(String tag, int mcid) {
        return name(tag).mcid(mcid).op("BDC");
    }

    /**
     * Ends a marked-content sequence.
     *
     * @return this buffer
     */
    ContentBuffer endMarked() {
        return op("EMC");
    }

    /**
     * Sets the fill colour, in DeviceRGB.
     *
     * @param rgb the red, green and blue components from 0 to 1
     * @return this buffer
     */
    ContentBuffer fillColour(float[] rgb) {
        return num(rgb[0]).num(rgb[1]).num(rgb[2]).op("rg");
    }

    /**
     * Sets the stroke colour, in DeviceRGB.
     *
     * @param rgb the red, green and blue components from 0 to 1
     * @return this buffer
     */
    ContentBuffer strokeColour(float[] rgb) {
        return num(rgb[0]).num(rgb[1]).num(rgb[2]).op("RG");
    }

    /**
     * Sets the line width.
     *
     * @param width the width in points
     * @return this buffer
     */
    ContentBuffer lineWidth(float width) {
        return num(width).op("w");
    }

    /**
     * Adds a rectangle to the path.
     *
     * @param x the left
     * @param y the bottom
     * @param width the width
     * @param height the height
     * @return this buffer
     */
    ContentBuffer rect(float x, float y, float width, float height) {
        return num(x).num(y).num(width).num(height).op("re");
    }

    /**
     * Strokes a horizontal line.
     *
     * @param x0 the start
     * @param x1 the end
     * @param y the height
     * @return this buffer
     */
    ContentBuffer hline(float x0, float x1, float y) {
        return num(x0).num(y).op("m").num(x1).num(y).op("l").op("S");
    }

    /**
     * Compresses the operators into a new stream of a document.
     *
     * @param doc the document
     * @return the stream
     * @throws IOException if the stream cannot be written
     */
    COSStream toStream(PDDocument doc) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream out = stream.createRawOutputStream()) {
            deflater.setInput(bytes, 0, size);
            deflater.finish();
            byte[] chunk = new byte[Math.max(1024, size / 2)];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
        } finally {
            deflater.end();
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    private void integer(long value) {
        if (value >= 10) {
            integer(value / 10);
        }
        put((byte) ('0' + value % 10));
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
