package fr.eadmin.archive.store;

import fr.eadmin.archive.ArchiveException;
import java.io.Serial;

/** The archive store already holds this file: it is write-once, nothing was changed. */
public final class AlreadyArchivedException extends ArchiveException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #path()}. */
    private final String path;

    /**
     * Creates the exception.
     *
     * @param path the path relative to the store's root
     */
    public AlreadyArchivedException(String path) {
        super(path + " is already archived; the archive store never overwrites", null);
        this.path = path;
    }

    /** {@return the path relative to the store's root} */
    public String path() {
        return path;
    }
}
