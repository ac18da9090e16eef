package fr.eadmin.payment.memory;

import fr.eadmin.payment.spi.PaymentStore;
import fr.eadmin.test.contract.PaymentStoreContract;

class InMemoryPaymentStoreContractTest extends PaymentStoreContract {
    @Override
    protected PaymentStore newStore() {
        return InMemoryPaymentStore.create();
    }
}
