package fr.eadmin.core.teleservice;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A téléservice, or a catalogue of them, was refused: a field is missing or malformed, a code is used twice.
 * The message names the téléservice (when known) and the field, and says what is wrong.
 */
public final class InvalidTeleserviceException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #teleservice()}. */
    private final @Nullable String teleservice;
    /** See {@link #field()}. */
    private final String field;
    /** See {@link #reason()}. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param teleservice the code of the téléservice, or null if not known (yet)
     * @param field the field, as a JSON path such as {@code "pieces[1].condition.kinds"}
     * @param reason what is wrong
     */
    public InvalidTeleserviceException(@Nullable String teleservice, String field, String reason) {
        super((teleservice == null ? "téléservice" : "téléservice " + teleservice) + ", " + field + ": " + reason);
        this.teleservice = teleservice;
        this.field = field;
        this.reason = reason;
    }

    /**
     * The same failure, located in a téléservice and under a parent field.
     *
     * @param code the téléservice's code, or null if not known
     * @param parent the parent field, prefixed to this field (empty for none)
     * @return a new exception
     */
    public InvalidTeleserviceException in(@Nullable String code, String parent) {
        String path = parent.isEmpty() ? field : parent + "." + field;
        InvalidTeleserviceException located =
                new InvalidTeleserviceException(teleservice != null ? teleservice : code, path, reason);
        located.initCause(this);
        return located;
    }

    /**
     * The téléservice concerned.
     *
     * @return its code, or null if not known
     */
    public @Nullable String teleservice() {
        return teleservice;
    }

    /**
     * The field refused.
     *
     * @return the field's path
     */
    public String field() {
        return field;
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
