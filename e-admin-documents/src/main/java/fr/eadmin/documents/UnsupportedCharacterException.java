package fr.eadmin.documents;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A text holds a character the embedded font cannot show (an emoji, a control character, a script the font does
 * not cover). A PDF/A document cannot fall back on another font, so the text is refused rather than printed with
 * a hole; the caller replaces the character or asks the usager to.
 */
public final class UnsupportedCharacterException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #codePoint()}. */
    private final int codePoint;

    /**
     * Creates the exception.
     *
     * @param codePoint the character refused
     */
    public UnsupportedCharacterException(int codePoint) {
        super(String.format("the document font cannot show the character U+%04X", codePoint));
        this.codePoint = codePoint;
    }

    /**
     * The character refused.
     *
     * @return its Unicode code point
     */
    public int codePoint() {
        return codePoint;
    }
}
