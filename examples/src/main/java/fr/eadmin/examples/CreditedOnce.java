package fr.eadmin.examples;

import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.receipt.Receipt;

/**
 * A payment credited exactly once although its notification came twice (the provider's server-to-server
 * callback, then the usager's browser coming back): the first delivery applied it and issued its receipt, the
 * second changed nothing.
 *
 * @param payment the payment, paid
 * @param receipt the receipt the first delivery issued
 */
record CreditedOnce(Payment payment, Receipt receipt) {
    /**
     * Checks what the two deliveries of the same notification did.
     *
     * @param first what the first delivery did
     * @param second what the second delivery did
     * @param what what was paid, for the message if the check fails (such as {@code "the order"})
     * @return the payment and its receipt
     * @throws IllegalStateException if the payment was not credited exactly once, or without a receipt
     */
    static CreditedOnce check(NotificationResult first, NotificationResult second, String what) {
        if (!(first instanceof NotificationResult.Applied applied)
                || !(second instanceof NotificationResult.Unchanged)) {
            throw new IllegalStateException(what + " was not credited exactly once");
        }
        Receipt receipt = applied.receipt();
        if (receipt == null) {
            throw new IllegalStateException(what + " was credited without a receipt");
        }
        return new CreditedOnce(applied.payment(), receipt);
    }
}
