package fr.eadmin.payment.jdbc;

import fr.eadmin.test.db.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaymentConcurrencyH2Test extends PaymentConcurrencyTestCases {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2().withSchemas(PaymentSchema.initializer());

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }
}
