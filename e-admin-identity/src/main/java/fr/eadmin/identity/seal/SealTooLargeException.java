package fr.eadmin.identity.seal;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** The facts of a seal do not fit a 2D code: fewer or shorter facts are needed. */
public class SealTooLargeException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The size the seal would have. */
    private final int size;

    /** The largest size allowed. */
    private final int limit;

    /**
     * Creates the exception.
     *
     * @param size the size the seal would have, in bytes
     * @param limit the largest size allowed
     */
    public SealTooLargeException(int size, int limit) {
        super("a seal of " + size + " bytes does not fit a 2D code (at most " + limit + ")");
        this.size = size;
        this.limit = limit;
    }

    /**
     * The size the seal would have.
     *
     * @return the size in bytes
     */
    public int size() {
        return size;
    }

    /**
     * The largest size allowed.
     *
     * @return the size in bytes
     */
    public int limit() {
        return limit;
    }
}
