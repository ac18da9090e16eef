package fr.eadmin.documents.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TrueType font program without its hinting instructions: the glyph outlines, metrics and glyph identifiers are
 * kept, the instructions of every glyph are removed and the instruction tables ({@code cvt}, {@code fpgm},
 * {@code prep}) dropped. Hinting only adjusts outlines to the pixel grid of low-resolution screens; the instructions
 * are about a third of DejaVu Sans and would be embedded in every document.
 */
final class Unhinted {
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private Unhinted() {}

    /**
     * Removes the hinting of a font program.
     *
     * @param program a TrueType font program with {@code head}, {@code maxp}, {@code loca} and {@code glyf} tables
     * @return the same font without instructions, with long glyph offsets
     * @throws IllegalArgumentException if the program is not such a font
     */
    static byte[] strip(byte[] program) {
        ByteBuffer in = ByteBuffer.wrap(program);
        Map<String, byte[]> tables = new TreeMap<>();
        int count = in.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(program, entry, 4, StandardCharsets.US_ASCII);
            int offset = in.getInt(entry + 8);
            tables.put(tag, Arrays.copyOfRange(program, offset, offset + in.getInt(entry + 12)));
        }
        tables.remove("cvt ");
        tables.remove("fpgm");
        tables.remove("prep");
        byte[] head = table(tables, "head").clone();
        byte[] maxp = table(tables, "maxp").clone();
        ByteBuffer loca = ByteBuffer.wrap(table(tables, "loca"));
        byte[] glyf = table(tables, "glyf");
        int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
        boolean longOffsets = ByteBuffer.wrap(head).getShort(50) != 0;
        ByteArrayOutputStream outlines = new ByteArrayOutputStream(glyf.length);
        ByteBuffer offsets = ByteBuffer.allocate(4 * (glyphs + 1));
        int start = longOffsets ? loca.getInt(0) : 2 * (loca.getShort(0) & 0xFFFF);
        for (int gid = 0; gid < glyphs; gid++) {
            int end = longOffsets ? loca.getInt(4 * gid + 4) : 2 * (loca.getShort(2 * gid + 2) & 0xFFFF);
            offsets.putInt(outlines.size());
            if (end > start) {
                byte[] glyph = withoutInstructions(Arrays.copyOfRange(glyf, start, end));
                outlines.write(glyph, 0, glyph.length);
                outlines.write(new byte[(4 - glyph.length % 4) % 4], 0, (4 - glyph.length % 4) % 4);
            }
            start = end;
        }
        offsets.putInt(outlines.size());
        ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1);
        if (maxp.length >= 28) {
            ByteBuffer.wrap(maxp).putShort(26, (short) 0);
        }
        tables.put("head", head);
        tables.put("maxp", maxp);
        tables.put("loca", offsets.array());
        tables.put("glyf", outlines.toByteArray());
        byte[] font = write(tables);
        int headOffset = ByteBuffer.wrap(font).getInt(directoryEntry(tables, "head") + 8);
        ByteBuffer.wrap(font).putInt(headOffset + 8, (int) (0xB1B0AFBAL - checksum(font, 0, font.length)));
        return font;
    }

    private static byte[] table(Map<String, byte[]> tables, String tag) {
        byte[] table = tables.get(tag);
        if (table == null) {
            throw new IllegalArgumentException("a TrueType font without " + tag + " table");
        }
        return table;
    }

    /** A glyph with an empty instruction program (simple glyph) or no instructions (composite glyph). */
    private static byte[] withoutInstructions(byte[] glyph) {
        ByteBuffer g = ByteBuffer.wrap(glyph);
        int contours = g.getShort(0);
        if (contours >= 0) {
            int at = 10 + 2 * contours;
            int length = g.getShort(at) & 0xFFFF;
            byte[] out = new byte[glyph.length - length];
            System.arraycopy(glyph, 0, out, 0, at + 2);
            out[at] = 0;
            out[at + 1] = 0;
            System.arraycopy(glyph, at + 2 + length, out, at + 2, glyph.length - at - 2 - length);
            return out;
        }
        byte[] out = glyph.clone();
        ByteBuffer o = ByteBuffer.wrap(out);
        int at = 10;
        int flags;
        do {
            flags = o.getShort(at) & 0xFFFF;
            o.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0) {
                at += 2;
            } else if ((flags & 0x0040) != 0) {
                at += 4;
            } else if ((flags & 0x0080) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        return Arrays.copyOf(out, at);
    }

    private static int directoryEntry(Map<String, byte[]> tables, String tag) {
        int index = 0;
        for (String name : tables.keySet()) {
            if (name.equals(tag)) {
                return 12 + 16 * index;
            }
            index++;
        }
        throw new IllegalArgumentException(tag);
    }

    /** The tables, in the order of their tags, each padded to four bytes, after the table directory. */
    private static byte[] write(Map<String, byte[]> tables) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += (table.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(0x00010000)
                .putShort((short) count)
                .putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getValue();
            out.put(table.getKey().getBytes(StandardCharsets.US_ASCII))
                    .putInt((int) checksum(data, 0, data.length))
                    .putInt(offset)
                    .putInt(data.length);
            offset += (data.length + 3) & ~3;
        }
        for (byte[] data : tables.values()) {
            out.put(data);
            out.position((out.position() + 3) & ~3);
        }
        return out.array();
    }

    /** The sum of the big-endian 32-bit words of some bytes, padded with zeros. */
    private static long checksum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = from; i < from + length; i += 4) {
            long word = 0;
            for (int b = 0; b < 4; b++) {
                word = word << 8 | (i + b < from + length ? data[i + b] & 0xFF : 0);
            }
            sum += word;
        }
        return sum & 0xFFFFFFFFL;
    }
}
