package fr.eadmin.core;

import java.io.Serial;

/**
 * An aggregate could not be created because one with the same id (or the same unique business key, such
 * as a SIRET) already exists. Nothing was written.
 */
public final class DuplicateKeyException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #aggregateType()}. */
    private final String aggregateType;
    /** See {@link #key()}. */
    private final String key;

    /**
     * Creates the exception.
     *
     * @param aggregateType the kind of aggregate, such as {@code "usager"}
     * @param key the id or business key that already exists (never personal data)
     */
    public DuplicateKeyException(String aggregateType, String key) {
        super(aggregateType + " " + key + " already exists");
        this.aggregateType = aggregateType;
        this.key = key;
    }

    /** {@return the kind of aggregate, such as {@code "usager"}} */
    public String aggregateType() {
        return aggregateType;
    }

    /** {@return the id or business key that already exists} */
    public String key() {
        return key;
    }
}
