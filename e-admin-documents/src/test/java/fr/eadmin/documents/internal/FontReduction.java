package fr.eadmin.documents.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * How the shipped fonts were made: DejaVu Sans 2.37, reduced to the characters of French and
 * European names, Greek and Cyrillic, punctuation (with U+00A0 and U+202F), the euro sign and a few symbols. The
 * font is embedded whole in every document, so a smaller font makes smaller documents (and a smaller jar); any
 * other character is refused when a document is rendered.
 *
 * <p>Run: {@code java -cp <test class path> fr.eadmin.documents.internal.FontReduction
 * /usr/share/fonts/truetype/dejavu src/main/resources/fr/eadmin/documents/internal/fonts}
 */
public final class FontReduction {
    /** The Unicode ranges kept, inclusive. */
    static final int[][] RANGES = {
        {0x20, 0x7E}, // Basic Latin
        {0xA0, 0x24F}, // Latin-1 Supplement, Latin Extended-A and B
        {0x2BC, 0x2BC}, // modifier apostrophe
        {0x2C6, 0x2C7}, // circumflex, caron
        {0x2D8, 0x2DD}, // breve, dot, ring, ogonek, tilde, double acute
        {0x370, 0x3FF}, // Greek
        {0x400, 0x45F}, // Cyrillic
        {0x490, 0x491}, // Ukrainian ghe
        {0x1E9E, 0x1E9E}, // capital sharp s
        {0x1EA0, 0x1EF9}, // Vietnamese
        {0x2000, 0x206F}, // General Punctuation: no-break spaces, dashes, quotes, ellipsis, bullet
        {0x20AC, 0x20AC}, // euro sign
        {0x2116, 0x2116}, // numero sign
        {0x2122, 0x2122}, // trade mark
        {0x2190, 0x2193}, // arrows
        {0x2212, 0x2212}, // minus
        {0x2264, 0x2265}, // less or equal, greater or equal
        {0x25CF, 0x25CF}, // black circle
    };

    private FontReduction() {}

    /**
     * Writes the reduced font.
     *
     * @param args the folder of the DejaVu fonts and the folder to write to
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        reduce(Path.of(args[0], "DejaVuSans.ttf"), Path.of(args[1], "DejaVuSans.ttf"));
    }

    static void reduce(Path from, Path to) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(from.toFile()))) {
            TTFSubsetter subsetter = new TTFSubsetter(
                    font,
                    List.of(
                            "head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "name", "OS/2", "post", "cvt ",
                            "fpgm", "prep", "gasp"));
            subsetter.setPrefix("");
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int[] range : RANGES) {
                for (int cp = range[0]; cp <= range[1]; cp++) {
                    if (cmap.getGlyphId(cp) > 0) {
                        subsetter.add(cp);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                subsetter.writeToStream(out);
            }
        }
    }
}
