package fr.eadmin.core.identifier;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * An identifier could not be parsed: the message says what is wrong ("SIRET: must have 14 digits, got 13",
 * "NIR: the key does not match the first 13 characters"). The rejected input itself is not kept in the message,
 * since some identifiers (NIR, IBAN) are personal data.
 */
public final class InvalidIdentifierException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String identifierType;

    /**
     * Creates the exception.
     *
     * @param identifierType the simple name of the identifier type, such as {@code "SIRET"}
     * @param reason what is wrong with the input
     */
    public InvalidIdentifierException(String identifierType, String reason) {
        super(identifierType + ": " + reason);
        this.identifierType = identifierType;
    }

    /**
     * The identifier type that rejected the input, such as {@code "SIRET"}.
     *
     * @return the identifier type name
     */
    public String identifierType() {
        return identifierType;
    }
}
