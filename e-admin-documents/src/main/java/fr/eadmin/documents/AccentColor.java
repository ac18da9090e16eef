package fr.eadmin.documents;

import java.util.Objects;

/**
 * The colour of a town's letterhead, rules and table headers, in sRGB.
 *
 * @param red 0 to 255
 * @param green 0 to 255
 * @param blue 0 to 255
 */
public record AccentColor(int red, int green, int blue) {
    /** A dark blue, the default accent. */
    public static final AccentColor MARINE = new AccentColor(0x1f, 0x3a, 0x68);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a component is outside 0 to 255
     */
    public AccentColor {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("a colour component is between 0 and 255");
        }
    }

    /**
     * Reads {@code #1F3A68}.
     *
     * @param hex a hash and six hexadecimal digits
     * @return the colour
     * @throws IllegalArgumentException if the text is not such a colour
     */
    public static AccentColor ofHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("a colour is written #RRGGBB");
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new AccentColor(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
