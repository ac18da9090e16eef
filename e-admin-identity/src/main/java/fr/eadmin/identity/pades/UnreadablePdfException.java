package fr.eadmin.identity.pades;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** The bytes given as a PDF cannot be read as one (damaged, encrypted, not a PDF). */
public class UnreadablePdfException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param cause why the PDF cannot be read
     */
    public UnreadablePdfException(Throwable cause) {
        super("cannot read the PDF: " + cause.getMessage(), cause);
    }
}
