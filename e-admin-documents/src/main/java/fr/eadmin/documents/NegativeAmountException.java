package fr.eadmin.documents;

import java.io.Serial;

/** An amount, a quantity or a price that must be zero or more (or one or more) was negative. */
public final class NegativeAmountException extends InvalidDocumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param document the kind of document
     * @param field the field refused
     */
    public NegativeAmountException(String document, String field) {
        super(document, field, "must not be negative");
    }
}
