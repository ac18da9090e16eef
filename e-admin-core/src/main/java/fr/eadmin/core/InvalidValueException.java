package fr.eadmin.core;

import java.io.Serial;

/**
 * A value was refused: the exception names the field and says what is wrong with it, never the rejected
 * value itself (names, addresses, dates of birth and identifiers are personal data). Each kind of value has
 * its own subclass ({@code InvalidUsagerException}, {@code InvalidDemandeException}…) so that callers catch
 * what they can handle.
 */
public abstract class InvalidValueException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #field()}. */
    private final String field;
    /** See {@link #reason()}. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param message the whole message, naming the field and the reason
     * @param field the field that was refused, such as {@code "prenoms"} or {@code "adresse.codePostal"}
     * @param reason what is wrong with it, without its value
     */
    protected InvalidValueException(String message, String field, String reason) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    /**
     * The field that was refused.
     *
     * @return the field name, such as {@code "prenoms"}
     */
    public String field() {
        return field;
    }

    /**
     * What is wrong with the field.
     *
     * @return the reason, without the rejected value
     */
    public String reason() {
        return reason;
    }
}
