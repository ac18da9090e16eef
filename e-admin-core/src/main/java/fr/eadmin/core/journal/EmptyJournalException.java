package fr.eadmin.core.journal;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** The journal has no entry yet, so there is nothing to seal. Nothing was written. */
public final class EmptyJournalException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public EmptyJournalException() {
        super("the journal is empty: there is no head to seal");
    }
}
