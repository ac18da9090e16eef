package fr.eadmin.payment.memory;

import fr.eadmin.payment.spi.InvoiceStore;
import fr.eadmin.test.contract.InvoiceStoreContract;

class InMemoryInvoiceStoreContractTest extends InvoiceStoreContract {
    @Override
    protected InvoiceStore newStore() {
        return InMemoryInvoiceStore.create();
    }
}
