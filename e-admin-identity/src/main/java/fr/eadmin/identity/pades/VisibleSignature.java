package fr.eadmin.identity.pades;

/**
 * Where a signature shows on a page: a framed box with the signer's name and the signing time. Coordinates are
 * PDF points (1/72 inch) from the page's lower-left corner.
 *
 * @param page the page, numbered from 1
 * @param x the box's left edge
 * @param y the box's bottom edge
 * @param width the box's width, at least 60 points
 * @param height the box's height, at least 30 points
 */
public record VisibleSignature(int page, float x, float y, float width, float height) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the page is not positive, the box too small or off the origin
     */
    public VisibleSignature {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1");
        }
        if (x < 0 || y < 0 || !Float.isFinite(x) || !Float.isFinite(y)) {
            throw new IllegalArgumentException("the box starts inside the page");
        }
        if (!(width >= 60 && height >= 30) || !Float.isFinite(width) || !Float.isFinite(height)) {
            throw new IllegalArgumentException("a visible signature needs at least 60 x 30 points");
        }
    }

    /**
     * A box on a page.
     *
     * @param page the page, from 1
     * @param x the left edge
     * @param y the bottom edge
     * @param width the width
     * @param height the height
     * @return the visible signature
     */
    public static VisibleSignature onPage(int page, float x, float y, float width, float height) {
        return new VisibleSignature(page, x, y, width, height);
    }
}
