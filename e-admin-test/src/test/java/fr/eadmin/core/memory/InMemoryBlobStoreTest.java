package fr.eadmin.core.memory;

import fr.eadmin.core.spi.BlobStore;
import fr.eadmin.test.contract.BlobStoreContract;

class InMemoryBlobStoreTest extends BlobStoreContract {
    @Override
    protected BlobStore newStore() {
        return InMemoryBlobStore.create();
    }
}
