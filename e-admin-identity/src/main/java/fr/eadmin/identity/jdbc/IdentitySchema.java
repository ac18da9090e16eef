package fr.eadmin.identity.jdbc;

import fr.eadmin.core.jdbc.SchemaInitializer;
import java.util.List;

/**
 * The tables of e-admin identity: schema scripts {@code V3_x} in {@code db/migration/e-admin-identity/}.
 *
 * {@snippet :
 * SchemaInitializer.core().migrate(dataSource);
 * IdentitySchema.initializer().migrate(dataSource);
 * }
 */
public final class IdentitySchema {
    /** The module name, which is also the folder of the scripts. */
    public static final String MODULE = "e-admin-identity";

    /** The scripts, in version order. Add new scripts at the end. */
    static final List<String> SCRIPTS = List.of(
            "V3_1__accounts.sql",
            "V3_2__certificates.sql",
            "V3_3__grants_links.sql",
            "V3_4__franceconnect_pending.sql");

    private IdentitySchema() {}

    /**
     * The initializer of identity's tables.
     *
     * @return the initializer
     */
    public static SchemaInitializer initializer() {
        return SchemaInitializer.of(MODULE, IdentitySchema.class, SCRIPTS);
    }
}
