package fr.eadmin.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A town's logo: a PNG or JPEG image, decoded once when created so that a corrupt file is refused up front and
 * not in the middle of a document.
 *
 * {@snippet :
 * Logo logo = Logo.of(Files.readAllBytes(Path.of("blason.png")));
 * }
 */
public final class Logo {
    /** The largest logo accepted, in bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final byte[] bytes;
    private final boolean jpeg;
    private final BufferedImage image;

    private Logo(byte[] bytes, boolean jpeg, BufferedImage image) {
        this.bytes = bytes;
        this.jpeg = jpeg;
        this.image = image;
    }

    /**
     * Reads a logo.
     *
     * @param bytes the PNG or JPEG file
     * @return the logo
     * @throws InvalidLogoException if the bytes are not a PNG or JPEG image, too large, or cannot be decoded
     */
    public static Logo of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_BYTES) {
            throw new InvalidLogoException("larger than " + MAX_BYTES + " bytes", null);
        }
        boolean png =
                bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
        if (!png && !jpeg) {
            throw new InvalidLogoException("neither a PNG nor a JPEG file", null);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new InvalidLogoException("the image data is corrupt", e);
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new InvalidLogoException("the image data is corrupt", null);
        }
        if (jpeg && image.getColorModel().getNumComponents() != 3) {
            throw new InvalidLogoException("a JPEG logo must be in RGB colours", null);
        }
        return new Logo(bytes.clone(), jpeg, image);
    }

    /**
     * The file as given.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Whether the file is a JPEG (embedded as is) rather than a PNG (embedded losslessly).
     *
     * @return true for a JPEG
     */
    public boolean isJpeg() {
        return jpeg;
    }

    /**
     * The width of the image in pixels.
     *
     * @return the width
     */
    public int width() {
        return image.getWidth();
    }

    /**
     * The height of the image in pixels.
     *
     * @return the height
     */
    public int height() {
        return image.getHeight();
    }

    BufferedImage image() {
        return image;
    }

    byte[] rawBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + (jpeg ? "JPEG " : "PNG ") + image.getWidth() + "x" + image.getHeight() + "]";
    }
}
