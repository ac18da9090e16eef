package fr.eadmin.forms.validation;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import java.util.Objects;

/**
 * A submission cannot be read at all: malformed JSON, not an object, nested too deep, too large. Answers that are
 * merely wrong are not exceptions: they are the errors of a {@link ValidationReport}.
 */
public final class InvalidSubmissionException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #reason()}. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong (never the submitted values)
     */
    public InvalidSubmissionException(String reason) {
        super("invalid submission: " + reason);
        this.reason = Objects.requireNonNull(reason, "reason");
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
