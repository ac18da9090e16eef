package fr.eadmin.archive.retention;

import fr.eadmin.archive.ArchiveException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** A retention referential cannot be read: bad JSON, a rule out of bounds, or a mapping to an unknown rule. */
public final class InvalidReferentialException extends ArchiveException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #path()}. */
    private final String path;

    /**
     * Creates the exception.
     *
     * @param path where in the document, such as {@code rules[2].duration}
     * @param reason what is wrong
     * @param cause the underlying failure, or null
     */
    public InvalidReferentialException(String path, String reason, @Nullable Throwable cause) {
        super("retention referential, " + path + ": " + reason, cause);
        this.path = path;
    }

    /** {@return where in the document the problem is} */
    public String path() {
        return path;
    }
}
