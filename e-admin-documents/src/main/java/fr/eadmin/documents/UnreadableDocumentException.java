package fr.eadmin.documents;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** The bytes given to {@link EmbeddedData} are not a PDF, or the PDF carries no embedded data file. */
public final class UnreadableDocumentException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong
     * @param cause the parsing failure, if any
     */
    public UnreadableDocumentException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
