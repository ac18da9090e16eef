package fr.eadmin.core.jdbc;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A row of the journal's tables cannot be read back as an entry or a seal: a column was edited by hand to a
 * value no journal writes. Reading stops; {@link JdbcJournal#verify()} reports such a row as a problem at
 * its position instead of throwing. The message names the row by position, never its content.
 */
public final class UnreadableJournalRowException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #row()}. */
    private final String row;
    /** See {@link #position()}. */
    private final long position;

    /**
     * Creates the exception.
     *
     * @param row what the row holds: {@code "entry"} or {@code "seal"}
     * @param position the position stored in the row
     * @param cause why it cannot be read
     */
    public UnreadableJournalRowException(String row, long position, Throwable cause) {
        super(
                "the journal " + row + " at position " + position + " cannot be read ("
                        + cause.getClass().getSimpleName() + ")",
                cause);
        this.row = row;
        this.position = position;
    }

    /** {@return what the row holds: {@code "entry"} or {@code "seal"}} */
    public String row() {
        return row;
    }

    /** {@return the position stored in the row} */
    public long position() {
        return position;
    }
}
