package fr.eadmin.identity.account.memory;

import fr.eadmin.identity.account.spi.AccountStore;
import fr.eadmin.test.contract.AccountStoreContract;

class InMemoryAccountStoreContractTest extends AccountStoreContract {
    @Override
    protected AccountStore newStore() {
        return new InMemoryAccountStore();
    }
}
