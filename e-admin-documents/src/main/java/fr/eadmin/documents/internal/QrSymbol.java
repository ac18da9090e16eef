package fr.eadmin.documents.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;

/** The modules of a QR code for a printable ASCII payload, error correction level M. */
public final class QrSymbol {
    private final boolean[][] dark;

    private QrSymbol(boolean[][] dark) {
        this.dark = dark;
    }

    /**
     * Encodes a payload.
     *
     * @param payload printable ASCII text
     * @return the symbol
     * @throws IllegalArgumentException if the payload is too long for a QR code
     */
    public static QrSymbol encode(String payload) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(payload, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the seal payload does not fit a QR code", e);
        }
        boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark[y][x] = matrix.get(x, y) == 1;
            }
        }
        return new QrSymbol(dark);
    }

    /**
     * The number of modules on a side, without the quiet zone.
     *
     * @return the size
     */
    public int size() {
        return dark.length;
    }

    /**
     * Whether a module is dark.
     *
     * @param x the column, from the left
     * @param y the row, from the top
     * @return true for a dark module
     */
    public boolean isDark(int x, int y) {
        return dark[y][x];
    }
}
