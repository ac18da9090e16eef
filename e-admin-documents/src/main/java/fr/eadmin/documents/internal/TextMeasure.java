package fr.eadmin.documents.internal;

/** The width of a text set in one font at one size, in PDF points. */
@FunctionalInterface
public interface TextMeasure {
    /**
     * Measures a text.
     *
     * @param text the text, one line without line breaks
     * @return its width in points
     */
    float width(String text);
}
