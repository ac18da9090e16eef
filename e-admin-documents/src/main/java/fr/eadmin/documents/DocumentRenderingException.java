package fr.eadmin.documents;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** A document could not be produced for a reason that is not its input (an I/O failure of the PDF library). */
public final class DocumentRenderingException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was being done
     * @param cause the underlying failure
     */
    public DocumentRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
