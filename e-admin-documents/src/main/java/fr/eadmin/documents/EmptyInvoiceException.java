package fr.eadmin.documents;

import java.io.Serial;

/** A facture or a quittance without any line: there is nothing to charge or to acknowledge. */
public final class EmptyInvoiceException extends InvalidDocumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param document the kind of document, {@code "facture"} or {@code "quittance"}
     */
    public EmptyInvoiceException(String document) {
        super(document, "lignes", "needs at least one line");
    }
}
