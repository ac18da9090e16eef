package fr.eadmin.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Breaks a text into lines no wider than a column: at ordinary spaces (never at a no-break space), at line
 * breaks, and inside a word only when the word alone is wider than the column (then by characters). Widths are
 * additive (no kerning is applied when the text is drawn), so a line is measured as the sum of its pieces.
 */
public final class LineBreaker {
    private LineBreaker() {}

    /**
     * Breaks a text into lines.
     *
     * @param text the text; {@code \n} forces a line break, runs of ordinary spaces are one break opportunity
     * @param maxWidth the width of the column in points
     * @param measure the width of a piece of text in the font and size it is drawn in
     * @return the lines, at least one (possibly empty); a line is wider than the column only when it holds a
     *     single character wider than the column
     */
    public static List<String> wrap(String text, float maxWidth, TextMeasure measure) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(measure, "measure");
        List<String> lines = new ArrayList<>();
        float space = measure.width(" ");
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = measure.width(word);
                if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (wordWidth <= maxWidth) {
                    line.append(word);
                    lineWidth = wordWidth;
                } else {
                    lineWidth = breakWord(word, maxWidth, measure, lines, line);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Cuts a word wider than the column by characters; the last piece is left in {@code line}. */
    private static float breakWord(
            String word, float maxWidth, TextMeasure measure, List<String> lines, StringBuilder line) {
        float width = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            String piece = new String(Character.toChars(cp));
            float w = measure.width(piece);
            if (line.length() > 0 && width + w > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(piece);
            width += w;
            i += Character.charCount(cp);
        }
        return width;
    }
}
