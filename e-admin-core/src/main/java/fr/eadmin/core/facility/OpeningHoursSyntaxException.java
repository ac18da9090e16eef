package fr.eadmin.core.facility;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A text in the {@code opening_hours} syntax could not be read: the exception says where (the position of the
 * offending character, counted from 0) and why, such as {@code expected a time HH:MM} or {@code ranges overlap on
 * Mo}.
 */
public final class OpeningHoursSyntaxException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #text()}. */
    private final String text;
    /** See {@link #position()}. */
    private final int position;
    /** See {@link #reason()}. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param text the text that was read
     * @param position the index of the offending character in the text, from 0 ({@code text.length()} when the
     *     text ends too early)
     * @param reason what is wrong there
     */
    public OpeningHoursSyntaxException(String text, int position, String reason) {
        super("malformed opening_hours \"" + text + "\" at position " + position + ": " + reason);
        this.text = text;
        this.position = position;
        this.reason = reason;
    }

    /**
     * The text that was read.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Where the text is wrong.
     *
     * @return the index of the offending character, from 0; the text's length when it ends too early
     */
    public int position() {
        return position;
    }

    /**
     * What is wrong at {@link #position()}.
     *
     * @return the reason, such as {@code "expected a time HH:MM"}
     */
    public String reason() {
        return reason;
    }
}
