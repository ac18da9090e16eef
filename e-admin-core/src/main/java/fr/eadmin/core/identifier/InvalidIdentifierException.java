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

    /** See {@link #identifierType()}. */
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
     * Skips the stack trace when the exception only tells an identifier's {@code isValid} that the text is not
     * valid: that exception is caught at once and never seen, and walking the stack would be most of the cost of
     * refusing an input. Every exception that leaves a {@code parse} or a constructor has its stack trace.
     *
     * @return this exception
     */
    @Override
    @SuppressWarnings("sync-override") // the quiet case touches nothing; the other one is the synchronized super
    public Throwable fillInStackTrace() {
        return Chars.isQuiet() ? this : super.fillInStackTrace();
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
