package fr.eadmin.core.notification;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A message template could not be built or rendered. The subclasses say what went wrong; every message names
 * the template and the variable concerned, never a value (values are personal data).
 */
public abstract class TemplateException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #templateCode()}. */
    private final String templateCode;

    /**
     * Creates the exception.
     *
     * @param templateCode the code of the template concerned
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    protected TemplateException(String templateCode, String message, @Nullable Throwable cause) {
        super("template " + templateCode + ": " + message, cause);
        this.templateCode = templateCode;
    }

    /** {@return the code of the template concerned} */
    public String templateCode() {
        return templateCode;
    }
}
