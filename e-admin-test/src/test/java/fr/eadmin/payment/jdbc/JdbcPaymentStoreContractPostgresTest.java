package fr.eadmin.payment.jdbc;

import fr.eadmin.payment.spi.PaymentStore;
import fr.eadmin.test.contract.PaymentStoreContract;
import fr.eadmin.test.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcPaymentStoreContractPostgresTest extends PaymentStoreContract {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres().withSchemas(PaymentSchema.initializer());

    @Override
    protected PaymentStore newStore() {
        return JdbcPaymentStore.of(db.dataSource());
    }
}
