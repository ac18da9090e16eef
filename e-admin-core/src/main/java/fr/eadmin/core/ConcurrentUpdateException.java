package fr.eadmin.core;

import java.io.Serial;

/**
 * An aggregate was changed by someone else since it was read: the update carried an expected version that
 * is no longer the stored one. Nothing was written; the caller reloads the aggregate, re-applies its change
 * and tries again (or tells the agent that somebody else changed the record).
 */
public final class ConcurrentUpdateException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #aggregateType()}. */
    private final String aggregateType;
    /** See {@link #aggregateId()}. */
    private final String aggregateId;
    /** See {@link #expectedVersion()}. */
    private final long expectedVersion;

    /**
     * Creates the exception.
     *
     * @param aggregateType the kind of aggregate, such as {@code "usager"}
     * @param aggregateId the technical id of the aggregate
     * @param expectedVersion the version the caller based its change on
     */
    public ConcurrentUpdateException(String aggregateType, String aggregateId, long expectedVersion) {
        super(aggregateType + " " + aggregateId + " was modified concurrently: expected version " + expectedVersion
                + " is no longer current");
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
    }

    /** {@return the kind of aggregate, such as {@code "usager"}} */
    public String aggregateType() {
        return aggregateType;
    }

    /** {@return the technical id of the aggregate} */
    public String aggregateId() {
        return aggregateId;
    }

    /** {@return the version the rejected update was based on} */
    public long expectedVersion() {
        return expectedVersion;
    }
}
