package fr.eadmin.identity.pades;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A PDF cannot be signed as asked: certifying a document that is already signed, a visible signature on a
 * page the document does not have, a level the signer is not configured for.
 */
public class SigningRefusedException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason what prevents signing
     */
    public SigningRefusedException(String reason) {
        super("cannot sign the PDF: " + reason);
    }
}
