package fr.eadmin.payment.receipt;

import fr.eadmin.core.spi.Versioned;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.invoice.InvoiceId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment recorded as paid together with its receipt, if one is issued, and the invoices it settled, in one
 * transaction ({@link fr.eadmin.payment.spi.PaymentStore#recordPaidAndSettle}).
 *
 * @param payment the payment as now stored
 * @param receipt the receipt issued, or null if none was asked
 * @param settledInvoices the invoices it marked paid, in the order the payment names them (invoices not open are
 *     left as they are and are not listed)
 */
public record SettledPayment(
        Versioned<Payment> payment, @Nullable Receipt receipt, List<InvoiceId> settledInvoices) {
    /** Checks and copies the values. */
    public SettledPayment {
        Objects.requireNonNull(payment, "payment");
        settledInvoices = List.copyOf(Objects.requireNonNull(settledInvoices, "settledInvoices"));
    }
}
