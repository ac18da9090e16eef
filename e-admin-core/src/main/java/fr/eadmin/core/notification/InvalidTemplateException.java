package fr.eadmin.core.notification;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A template is malformed: a placeholder that is not {@code {{name}}}, a subject on a text message, a JSON
 * file of templates that cannot be read...
 */
public final class InvalidTemplateException extends TemplateException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #reason()}. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param templateCode the code of the template, or a description of where it comes from
     * @param reason what is wrong
     * @param cause the underlying failure, or null
     */
    public InvalidTemplateException(String templateCode, String reason, @Nullable Throwable cause) {
        super(templateCode, reason, cause);
        this.reason = reason;
    }

    /** {@return what is wrong} */
    public String reason() {
        return reason;
    }
}
