package fr.eadmin.documents;

import fr.eadmin.core.InvalidValueException;
import java.io.Serial;

/**
 * The input of a document was refused: a required fact is missing or a value is out of range. Names the document
 * kind and the field, never the rejected value.
 */
public class InvalidDocumentException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #document()}. */
    private final String document;

    /**
     * Creates the exception.
     *
     * @param document the kind of document, such as {@code "facture"}
     * @param field the field refused, such as {@code "lignes[2].quantite"}
     * @param reason what is wrong with it, without its value
     */
    public InvalidDocumentException(String document, String field, String reason) {
        super(document + "." + field + ": " + reason, field, reason);
        this.document = document;
    }

    /**
     * The kind of document whose input was refused.
     *
     * @return the document code, such as {@code "facture"}
     */
    public String document() {
        return document;
    }

    static String require(String document, String field, String value) {
        if (value.isBlank()) {
            throw new InvalidDocumentException(document, field, "is required");
        }
        return value.strip();
    }
}
