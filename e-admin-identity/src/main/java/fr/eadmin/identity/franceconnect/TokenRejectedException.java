package fr.eadmin.identity.franceconnect;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import java.util.Objects;

/**
 * A token, a provider answer or a callback was refused. The message says which check failed in technical
 * terms, never a claim's personal value.
 */
public final class TokenRejectedException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #reason()}. */
    private final FailureReason reason;

    /**
     * Creates the exception.
     *
     * @param reason the check that failed
     * @param detail a technical detail for a developer (no personal data)
     */
    public TokenRejectedException(FailureReason reason, String detail) {
        super(Objects.requireNonNull(reason, "reason") + ": " + detail);
        this.reason = reason;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param reason the check that failed
     * @param detail a technical detail for a developer (no personal data)
     * @param cause the underlying failure
     */
    public TokenRejectedException(FailureReason reason, String detail, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": " + detail, cause);
        this.reason = reason;
    }

    /**
     * The check that failed.
     *
     * @return the reason
     */
    public FailureReason reason() {
        return reason;
    }
}
