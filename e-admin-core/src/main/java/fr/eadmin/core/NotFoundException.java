package fr.eadmin.core;

import java.io.Serial;

/** An operation named an aggregate that does not exist (or no longer exists). */
public final class NotFoundException extends EAdminException {
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
     * @param aggregateId the technical id that was not found
     */
    public NotFoundException(String aggregateType, String aggregateId) {
        super(aggregateType + " " + aggregateId + " does not exist");
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    /** {@return the kind of aggregate, such as {@code "usager"}} */
    public String aggregateType() {
        return aggregateType;
    }

    /** {@return the technical id that was not found} */
    public String aggregateId() {
        return aggregateId;
    }
}
