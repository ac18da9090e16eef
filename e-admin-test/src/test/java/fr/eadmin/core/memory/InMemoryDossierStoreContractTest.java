package fr.eadmin.core.memory;

import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.test.contract.DossierStoreContract;

class InMemoryDossierStoreContractTest extends DossierStoreContract {
    @Override
    protected DossierStore newStore() {
        return InMemoryDossierStore.create();
    }
}
