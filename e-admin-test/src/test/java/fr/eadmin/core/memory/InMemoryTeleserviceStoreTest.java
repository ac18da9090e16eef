package fr.eadmin.core.memory;

import fr.eadmin.core.spi.TeleserviceStore;
import fr.eadmin.test.contract.TeleserviceStoreContract;

class InMemoryTeleserviceStoreTest extends TeleserviceStoreContract {
    @Override
    protected TeleserviceStore newStore() {
        return InMemoryTeleserviceStore.create();
    }
}
