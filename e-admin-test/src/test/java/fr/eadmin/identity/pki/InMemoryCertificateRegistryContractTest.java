package fr.eadmin.identity.pki;

import fr.eadmin.test.contract.CertificateRegistryContract;

class InMemoryCertificateRegistryContractTest extends CertificateRegistryContract {
    @Override
    protected CertificateRegistry newStore() {
        return new InMemoryCertificateRegistry();
    }
}
