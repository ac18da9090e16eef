package fr.eadmin.payment.spi;

import fr.eadmin.payment.Payment;
import fr.eadmin.payment.receipt.ReceiptDraft;

/**
 * Says what the receipt of a payment will say (régie, payer, lines, means): the application knows the payer
 * and what the payment settles. Called when the payment is about to be recorded as paid.
 */
@FunctionalInterface
public interface ReceiptDrafter {
    /**
     * The receipt of a payment.
     *
     * @param payment the payment about to be recorded as paid
     * @return what its receipt says; its lines add up to the payment's amount
     */
    ReceiptDraft draft(Payment payment);
}
