package fr.eadmin.identity.pki;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A PKCS#12 file could not be read or written: wrong password, damaged file, no key in it, or an
 * input/output failure.
 */
public class UnreadableKeyStoreException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason what went wrong
     * @param cause the underlying failure, if any
     */
    public UnreadableKeyStoreException(String reason, @Nullable Throwable cause) {
        super("key store unreadable: " + reason, cause);
    }
}
