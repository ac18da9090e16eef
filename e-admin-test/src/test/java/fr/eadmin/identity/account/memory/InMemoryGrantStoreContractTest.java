package fr.eadmin.identity.account.memory;

import fr.eadmin.identity.account.spi.GrantStore;
import fr.eadmin.test.contract.GrantStoreContract;

class InMemoryGrantStoreContractTest extends GrantStoreContract {
    @Override
    protected GrantStore newStore() {
        return new InMemoryGrantStore();
    }
}
