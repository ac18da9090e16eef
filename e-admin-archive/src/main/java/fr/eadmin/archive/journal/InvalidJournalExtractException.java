package fr.eadmin.archive.journal;

import fr.eadmin.archive.ArchiveException;
import java.io.Serial;

/** A journal file cannot be read: a line is not an entry, a seal or the header. */
public final class InvalidJournalExtractException extends ArchiveException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #line()}. */
    private final long line;

    /**
     * Creates the exception.
     *
     * @param line the line that cannot be read, from 1
     * @param reason what is wrong with it
     */
    public InvalidJournalExtractException(long line, String reason) {
        super("line " + line + " of the journal file: " + reason, null);
        this.line = line;
    }

    /** {@return the line that cannot be read, from 1} */
    public long line() {
        return line;
    }
}
