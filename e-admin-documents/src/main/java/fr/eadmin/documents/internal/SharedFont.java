package fr.eadmin.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of the documents (DejaVu Sans, reduced, shipped with its licence), prepared once per process and
 * embedded whole in every document: PDFBox builds its font dictionaries once (Type 0, Identity-H, CIDToGIDMap
 * Identity, widths of every glyph, ToUnicode map) and compresses the font program and the map once; each document
 * receives a fresh copy of that object graph whose streams are the compressed bytes, written as they are. No font
 * is parsed or subset per document, and the object is immutable, so any number of threads share it.
 *
 * <p>Text is encoded through a table from character to glyph, as two-byte glyph identifiers (which are the CIDs).
 */
public final class SharedFont {
    private static final String REGULAR = "fonts/DejaVuSans.ttf";

    /** The character to glyph, width and font dictionaries of the shipped font, prepared on first use. */
    private static final class Holder {
        private static final SharedFont DEJAVU = new SharedFont(resource(REGULAR));
    }

    private final short[] widths;
    private final char[] glyphs;
    private final COSDictionary template;
    private final Map<COSDictionary, byte[]> streams;

    private SharedFont(byte[] program) {
        this.widths = new short[0x10000];
        this.glyphs = new char[0x10000];
        this.streams = new IdentityHashMap<>();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(program));
                PDDocument scratch = new PDDocument()) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float scale = 1000f / font.getUnitsPerEm();
            for (int cp = 0; cp < widths.length; cp++) {
                int gid = cmap.getGlyphId(cp);
                widths[cp] = gid > 0 ? (short) Math.round(font.getAdvanceWidth(gid) * scale) : -1;
                glyphs[cp] = (char) gid;
            }
            PDType0Font whole = PDType0Font.load(scratch, font, false);
            this.template = (COSDictionary) freeze(whole.getCOSObject(), streams);
            COSDictionary descriptor = ((COSDictionary) ((COSArray) template.getItem(COSName.DESCENDANT_FONTS)).get(0))
                    .getCOSDictionary(COSName.FONT_DESC);
            COSDictionary file =
                    Objects.requireNonNull(descriptor, "font descriptor").getCOSDictionary(COSName.FONT_FILE2);
            byte[] slim = drawingTables(font);
            file.setInt(COSName.LENGTH1, slim.length);
            streams.put(Objects.requireNonNull(file, "font file"), PdfAssembly.deflate(slim));
        } catch (IOException e) {
            throw new UncheckedIOException("preparing the shipped font", e);
        }
    }

    /**
     * The shipped DejaVu Sans, prepared once per process.
     *
     * @return the font
     */
    public static SharedFont dejaVu() {
        return Holder.DEJAVU;
    }

    /**
     * The font program with every glyph, same glyph identifiers, and only the tables that draw them (those PDFBox
     * keeps in the subsets it embeds): no character map, glyph names or naming table, which a CID font whose CIDs
     * are its glyph identifiers does not use; and without hinting instructions (see {@link Unhinted}).
     */
    private static byte[] drawingTables(TrueTypeFont font) throws IOException {
        TTFSubsetter subsetter =
                new TTFSubsetter(font, List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "gasp"));
        Set<Integer> all = new HashSet<>();
        for (int gid = 0; gid < font.getNumberOfGlyphs(); gid++) {
            all.add(gid);
        }
        subsetter.addGlyphIds(all);
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        subsetter.writeToStream(out);
        return Unhinted.strip(out.toByteArray());
    }

    private static byte[] resource(String name) {
        try (InputStream in = SharedFont.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the font " + name, e);
        }
    }

    /**
     * Whether the font has a glyph for a character.
     *
     * @param codePoint the character
     * @return true if it can be drawn
     */
    public boolean canShow(int codePoint) {
        return codePoint < widths.length && widths[codePoint] >= 0;
    }

    /**
     * The width of a text the font can show, in thousandths of the font size: the widths PDFBox embeds.
     *
     * @param text the text
     * @return the sum of the advance widths of its characters
     */
    public float width(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += widths[text.charAt(i)];
        }
        return total;
    }

    /**
     * The glyph of a character the font can show, which is also its code in the embedded font.
     *
     * @param c the character
     * @return the glyph identifier
     */
    char glyph(char c) {
        return glyphs[c];
    }

    /**
     * A copy of the font's dictionaries for a document, its streams holding the bytes compressed once.
     *
     * @param doc the document
     * @return the Type 0 font dictionary, to name in page resources
     * @throws IOException if a stream cannot be written
     */
    COSDictionary addTo(PDDocument doc) throws IOException {
        return (COSDictionary) thaw(template, doc);
    }

    /** A copy of a PDFBox object graph that outlives its document: each stream as a dictionary and its raw bytes. */
    private static COSBase freeze(COSBase base, Map<COSDictionary, byte[]> streams) throws IOException {
        COSBase object = base instanceof COSObject indirect ? indirect.getObject() : base;
        if (object instanceof COSStream stream) {
            COSDictionary copy = new COSDictionary();
            for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                if (!entry.getKey().equals(COSName.LENGTH)) {
                    copy.setItem(entry.getKey(), freeze(entry.getValue(), streams));
                }
            }
            try (InputStream raw = stream.createRawInputStream()) {
                streams.put(copy, raw.readAllBytes());
            }
            return copy;
        }
        if (object instanceof COSDictionary dictionary) {
            COSDictionary copy = new COSDictionary();
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                copy.setItem(entry.getKey(), freeze(entry.getValue(), streams));
            }
            return copy;
        }
        if (object instanceof COSArray array) {
            COSArray copy = new COSArray();
            for (int i = 0; i < array.size(); i++) {
                copy.add(freeze(array.get(i), streams));
            }
            return copy;
        }
        return Objects.requireNonNull(object, "font object");
    }

    /** A fresh copy of a frozen graph in a document; only names, which PDFBox shares itself, are not copied. */
    private COSBase thaw(COSBase object, PDDocument doc) throws IOException {
        if (object instanceof COSDictionary dictionary) {
            byte[] raw = streams.get(dictionary);
            COSDictionary copy =
                    raw == null ? new COSDictionary() : doc.getDocument().createCOSStream();
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                copy.setItem(entry.getKey(), thaw(entry.getValue(), doc));
            }
            if (raw != null) {
                try (OutputStream out = ((COSStream) copy).createRawOutputStream()) {
                    out.write(raw);
                }
            }
            return copy;
        }
        if (object instanceof COSArray array) {
            COSArray copy = new COSArray();
            for (int i = 0; i < array.size(); i++) {
                copy.add(thaw(array.get(i), doc));
            }
            return copy;
        }
        if (object instanceof COSInteger integer) {
            return COSInteger.get(integer.longValue());
        }
        if (object instanceof COSFloat real) {
            return new COSFloat(real.floatValue());
        }
        if (object instanceof COSString string) {
            return new COSString(string.getBytes());
        }
        return object;
    }
}
