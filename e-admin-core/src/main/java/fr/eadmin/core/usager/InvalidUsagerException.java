package fr.eadmin.core.usager;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A usager value was refused: a name is blank, a foyer has no responsable légal, a French address has no
 * voie... The message names the field and says what is wrong, never the rejected value (names, addresses
 * and dates of birth are personal data).
 */
public final class InvalidUsagerException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param field the field that was refused, such as {@code "prenoms"} or {@code "adresse.codePostal"}
     * @param reason what is wrong with it, without its value
     */
    public InvalidUsagerException(String field, String reason) {
        super(field + ": " + reason);
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
