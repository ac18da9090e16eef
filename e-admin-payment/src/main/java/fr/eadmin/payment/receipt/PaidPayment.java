package fr.eadmin.payment.receipt;

import fr.eadmin.core.spi.Versioned;
import fr.eadmin.payment.Payment;
import java.util.Objects;

/**
 * A payment recorded as paid together with its receipt, in one transaction.
 *
 * @param payment the payment as now stored
 * @param receipt the receipt issued
 */
public record PaidPayment(Versioned<Payment> payment, Receipt receipt) {
    /** Checks the values. */
    public PaidPayment {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(receipt, "receipt");
    }
}
