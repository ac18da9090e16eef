package fr.eadmin.identity.jdbc;

import fr.eadmin.identity.pki.CertificateRegistry;
import fr.eadmin.test.contract.CertificateRegistryContract;
import fr.eadmin.test.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcCertificateRegistryH2Test extends CertificateRegistryContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2().withSchemas(IdentitySchema.initializer());

    @Override
    protected CertificateRegistry newStore() {
        return JdbcCertificateRegistry.create(db.dataSource());
    }
}
