package fr.eadmin.archive.seda;

import fr.eadmin.archive.ArchiveException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** The SEDA schema folder given is missing a file or holds a schema that cannot be compiled. */
public final class SchemaUnavailableException extends ArchiveException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing or wrong
     * @param cause the underlying failure, or null
     */
    public SchemaUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
