package fr.eadmin.identity.pki;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * An authority refused to issue a certificate: the request asked for more than it may give (a validity
 * beyond its own certificate's, for example).
 */
public class IssuanceRefusedException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason why the authority refused, without personal data
     */
    public IssuanceRefusedException(String reason) {
        super("certificate issuance refused: " + reason);
    }
}
