package fr.eadmin.archive.memory;

import fr.eadmin.archive.spi.EliminationProposalStore;
import fr.eadmin.test.contract.EliminationProposalStoreContract;

class InMemoryEliminationProposalStoreContractTest extends EliminationProposalStoreContract {
    @Override
    protected EliminationProposalStore newStore() {
        return InMemoryEliminationProposalStore.create();
    }
}
