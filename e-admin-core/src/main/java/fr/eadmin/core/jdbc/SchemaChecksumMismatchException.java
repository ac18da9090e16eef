package fr.eadmin.core.jdbc;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A schema script that was already applied to the database has been changed since: the schema would no
 * longer be the one the script describes. Nothing was migrated. Applied scripts are never edited; a change
 * goes into a new script with a higher version.
 */
public final class SchemaChecksumMismatchException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #module()}. */
    private final String module;
    /** See {@link #version()}. */
    private final String version;
    /** See {@link #appliedChecksum()}. */
    private final String appliedChecksum;
    /** See {@link #currentChecksum()}. */
    private final String currentChecksum;

    /**
     * Creates the exception.
     *
     * @param module the module owning the script, such as {@code "e-admin-core"}
     * @param version the script version, such as {@code "1.1"}
     * @param appliedChecksum the checksum recorded when the script was applied
     * @param currentChecksum the checksum of the script shipped now
     */
    public SchemaChecksumMismatchException(
            String module, String version, String appliedChecksum, String currentChecksum) {
        super("schema script " + version + " of " + module + " was changed after it was applied (checksum "
                + appliedChecksum + " recorded, " + currentChecksum + " shipped): refusing to migrate");
        this.module = module;
        this.version = version;
        this.appliedChecksum = appliedChecksum;
        this.currentChecksum = currentChecksum;
    }

    /** {@return the module owning the script} */
    public String module() {
        return module;
    }

    /** {@return the script version} */
    public String version() {
        return version;
    }

    /** {@return the checksum recorded when the script was applied} */
    public String appliedChecksum() {
        return appliedChecksum;
    }

    /** {@return the checksum of the script shipped now} */
    public String currentChecksum() {
        return currentChecksum;
    }
}
