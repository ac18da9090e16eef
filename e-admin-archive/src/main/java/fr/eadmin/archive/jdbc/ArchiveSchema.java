package fr.eadmin.archive.jdbc;

import fr.eadmin.core.jdbc.SchemaInitializer;
import java.util.List;

/** The tables of the archive module, created and upgraded by core's {@link SchemaInitializer}. */
public final class ArchiveSchema {
    /** The module name, which is also the folder of its scripts under {@code db/migration/}. */
    public static final String MODULE = "e-admin-archive";

    /** The archive module's scripts, in {@code db/migration/e-admin-archive/}. Add new scripts at the end. */
    public static final List<String> SCRIPTS = List.of("V5_1__elimination_proposals.sql");

    private ArchiveSchema() {}

    /**
     * The initializer of the archive module's tables.
     *
     * {@snippet :
     * SchemaInitializer.core().migrate(dataSource);
     * ArchiveSchema.initializer().migrate(dataSource);
     * }
     *
     * @return the initializer
     */
    public static SchemaInitializer initializer() {
        return SchemaInitializer.of(MODULE, ArchiveSchema.class, SCRIPTS);
    }
}
