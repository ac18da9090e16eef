package fr.eadmin.identity.account.memory;

import fr.eadmin.identity.account.spi.AccountLinkStore;
import fr.eadmin.test.contract.AccountLinkStoreContract;

class InMemoryAccountLinkStoreContractTest extends AccountLinkStoreContract {
    @Override
    protected AccountLinkStore newStore() {
        return new InMemoryAccountLinkStore();
    }
}
