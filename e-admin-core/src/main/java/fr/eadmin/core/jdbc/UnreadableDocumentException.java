package fr.eadmin.core.jdbc;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * The JSON document stored for an aggregate cannot be read back: it was edited by hand, written by a newer
 * release with fields this one does not know, or damaged. Nothing was changed. The message names the
 * aggregate, never the content.
 */
public final class UnreadableDocumentException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #aggregateType()}. */
    private final String aggregateType;
    /** See {@link #aggregateId()}. */
    private final String aggregateId;

    /**
     * Creates the exception.
     *
     * @param aggregateType the kind of aggregate, such as {@code "usager"}
     * @param aggregateId the technical id of the aggregate
     * @param cause the mapping failure
     */
    public UnreadableDocumentException(String aggregateType, String aggregateId, Throwable cause) {
        super(
                "the stored document of " + aggregateType + " " + aggregateId + " cannot be read ("
                        + cause.getClass().getSimpleName() + ")",
                cause);
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    /** {@return the kind of aggregate, such as {@code "usager"}} */
    public String aggregateType() {
        return aggregateType;
    }

    /** {@return the technical id of the aggregate} */
    public String aggregateId() {
        return aggregateId;
    }
}
