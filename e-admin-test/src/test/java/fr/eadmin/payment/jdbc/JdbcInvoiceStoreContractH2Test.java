package fr.eadmin.payment.jdbc;

import fr.eadmin.payment.spi.InvoiceStore;
import fr.eadmin.test.contract.InvoiceStoreContract;
import fr.eadmin.test.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcInvoiceStoreContractH2Test extends InvoiceStoreContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2().withSchemas(PaymentSchema.initializer());

    @Override
    protected InvoiceStore newStore() {
        return JdbcInvoiceStore.of(db.dataSource());
    }
}
