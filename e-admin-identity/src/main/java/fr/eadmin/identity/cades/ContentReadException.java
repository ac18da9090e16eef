package fr.eadmin.identity.cades;

import fr.eadmin.core.EAdminException;
import java.io.IOException;
import java.io.Serial;

/** The content to sign or to verify could not be read: the stream the caller gave failed. */
public class ContentReadException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param cause the stream's failure
     */
    public ContentReadException(IOException cause) {
        super("cannot read the content", cause);
    }

    /** Marks a failure of the caller's stream while Bouncy Castle reads it, to tell it from BC's own. */
    static final class Wrapped extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        Wrapped(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
