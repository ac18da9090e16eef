package fr.eadmin.documents;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** The logo of a town is not a PNG or JPEG image that can be decoded. */
public final class InvalidLogoException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong with the image
     * @param cause the decoding failure, if any
     */
    public InvalidLogoException(String reason, @Nullable Throwable cause) {
        super("the logo cannot be used: " + reason, cause);
    }
}
