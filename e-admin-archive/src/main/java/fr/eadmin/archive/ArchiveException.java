package fr.eadmin.archive;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** The root of the exceptions the archive module throws; each precise subclass says what went wrong. */
public class ArchiveException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong (ids only, never personal data)
     * @param cause the underlying failure, or null
     */
    public ArchiveException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
