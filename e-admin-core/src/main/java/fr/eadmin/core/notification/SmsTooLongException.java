package fr.eadmin.core.notification;

import java.io.Serial;

/** A text message rendered from a template would take more segments than allowed. */
public final class SmsTooLongException extends TemplateException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #length()}. */
    private final SmsLength length;
    /** See {@link #maxSegments()}. */
    private final int maxSegments;

    /**
     * Creates the exception.
     *
     * @param templateCode the code of the template
     * @param length the length of the rendered message
     * @param maxSegments the most segments allowed
     */
    public SmsTooLongException(String templateCode, SmsLength length, int maxSegments) {
        super(
                templateCode,
                "the text message takes " + length.segments() + " segments (" + length.units() + " " + length.encoding()
                        + " units), more than the " + maxSegments + " allowed",
                null);
        this.length = length;
        this.maxSegments = maxSegments;
    }

    /** {@return the length of the rendered message} */
    public SmsLength length() {
        return length;
    }

    /** {@return the most segments allowed} */
    public int maxSegments() {
        return maxSegments;
    }
}
