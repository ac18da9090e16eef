package fr.eadmin.documents.internal;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the page header shows, ready to draw.
 *
 * @param name the town's name
 * @param lines the address lines and the contact line
 * @param logo the decoded logo, or null
 * @param jpeg the logo's JPEG file when it is one (embedded without re-encoding), or null
 * @param accent the accent colour as sRGB components from 0 to 1
 */
public record Letterhead(
        String name, List<String> lines, @Nullable BufferedImage logo, byte @Nullable [] jpeg, float[] accent) {
    /** Copies the lists. */
    public Letterhead {
        lines = List.copyOf(lines);
        accent = accent.clone();
    }
}
