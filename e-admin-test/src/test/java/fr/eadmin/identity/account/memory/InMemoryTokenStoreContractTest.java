package fr.eadmin.identity.account.memory;

import fr.eadmin.identity.account.spi.TokenStore;
import fr.eadmin.test.contract.TokenStoreContract;

class InMemoryTokenStoreContractTest extends TokenStoreContract {
    @Override
    protected TokenStore newStore() {
        return new InMemoryTokenStore();
    }
}
