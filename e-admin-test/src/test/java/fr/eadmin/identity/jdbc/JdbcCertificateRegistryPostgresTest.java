package fr.eadmin.identity.jdbc;

import fr.eadmin.identity.pki.CertificateRegistry;
import fr.eadmin.test.contract.CertificateRegistryContract;
import fr.eadmin.test.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcCertificateRegistryPostgresTest extends CertificateRegistryContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres().withSchemas(IdentitySchema.initializer());

    @Override
    protected CertificateRegistry newStore() {
        return JdbcCertificateRegistry.create(db.dataSource());
    }
}
