package fr.eadmin.forms;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import java.util.Objects;

/**
 * A form definition is not valid: a missing or malformed property, a duplicate id, a condition naming an
 * unknown field. The path names where, in the JSON shape of the definition ({@code pages[1].nodes[3].type}).
 */
public final class InvalidFormDefinitionException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #path()}. */
    private final String path;
    /** See {@link #reason()}. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param path where in the definition ({@code ""} for the definition itself)
     * @param reason what is wrong
     */
    public InvalidFormDefinitionException(String path, String reason) {
        super((path.isEmpty() ? "form definition" : path) + ": " + reason);
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Where the error is, in the JSON shape of the definition.
     *
     * @return a path like {@code pages[1].nodes[3].type}, empty for the definition itself
     */
    public String path() {
        return path;
    }

    /**
     * What is wrong.
     *
     * @return the reason, without the path
     */
    public String reason() {
        return reason;
    }
}
