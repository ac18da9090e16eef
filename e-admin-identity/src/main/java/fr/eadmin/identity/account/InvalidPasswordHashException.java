package fr.eadmin.identity.account;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** A stored password hash is not an Argon2id PHC string this module reads. The message never holds it. */
public class InvalidPasswordHashException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong, without the hash
     */
    public InvalidPasswordHashException(String reason) {
        super("invalid password hash: " + reason);
        this.reason = reason;
    }

    /**
     * What is wrong.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
