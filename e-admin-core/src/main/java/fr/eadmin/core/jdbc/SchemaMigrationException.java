package fr.eadmin.core.jdbc;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The schema of a module could not be brought up to date: a script failed, a script is missing from the
 * module, the database holds a version the module does not know, or the database could not be reached.
 * The message says which module and, when there is one, which script version.
 */
public final class SchemaMigrationException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #module()}. */
    private final String module;
    /** See {@link #version()}. */
    private final @Nullable String version;

    /**
     * Creates the exception.
     *
     * @param module the module being migrated, such as {@code "e-admin-core"}
     * @param version the script version concerned, or null if the failure concerns no single script
     * @param reason what went wrong
     * @param cause the underlying failure, or null
     */
    public SchemaMigrationException(String module, @Nullable String version, String reason, @Nullable Throwable cause) {
        super("schema of " + module + (version == null ? "" : ", script " + version) + ": " + reason, cause);
        this.module = module;
        this.version = version;
    }

    /** {@return the module being migrated} */
    public String module() {
        return module;
    }

    /** {@return the script version concerned, or null if the failure concerns no single script} */
    public @Nullable String version() {
        return version;
    }
}
