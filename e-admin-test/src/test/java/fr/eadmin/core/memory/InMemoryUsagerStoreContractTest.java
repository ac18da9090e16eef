package fr.eadmin.core.memory;

import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.test.contract.UsagerStoreContract;

class InMemoryUsagerStoreContractTest extends UsagerStoreContract {
    @Override
    protected UsagerStore newStore() {
        return InMemoryUsagerStore.create();
    }
}
