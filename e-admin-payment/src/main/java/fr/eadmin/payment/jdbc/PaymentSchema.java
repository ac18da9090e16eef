package fr.eadmin.payment.jdbc;

import fr.eadmin.core.jdbc.SchemaInitializer;
import java.util.List;

/** The payment module's tables: scripts in {@code db/migration/e-admin-payment/}, versions 6.x. */
public final class PaymentSchema {
    /** The module name, which is also the folder of its scripts. */
    public static final String MODULE = "e-admin-payment";

    /** The scripts, in version order. Add new scripts at the end. */
    public static final List<String> SCRIPTS = List.of(
            "V6_1__payments.sql",
            "V6_2__receipts.sql",
            "V6_3__invoices.sql",
            "V6_4__provider_transactions.sql",
            "V6_5__refunds.sql");

    private PaymentSchema() {}

    /**
     * The initializer of the payment tables.
     *
     * {@snippet :
     * PaymentSchema.initializer().migrate(dataSource);
     * }
     *
     * @return the initializer
     */
    public static SchemaInitializer initializer() {
        return SchemaInitializer.of(MODULE, PaymentSchema.class, SCRIPTS);
    }
}
