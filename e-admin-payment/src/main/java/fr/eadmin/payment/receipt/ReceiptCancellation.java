package fr.eadmin.payment.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * The record that cancels a receipt (a payment entered by mistake, refunded…). The receipt itself stays, with
 * its number, so that the sequence keeps no gap; at most one cancellation per receipt.
 *
 * @param regie the régie's code
 * @param number the number of the receipt cancelled
 * @param reason why, in a few words, for the régisseur's records: no personal data
 * @param cancelledAt when
 */
public record ReceiptCancellation(String regie, ReceiptNumber number, String reason, Instant cancelledAt) {
    /** The longest reason. */
    public static final int MAX_REASON = 500;

    /** Checks the values. */
    public ReceiptCancellation {
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a cancellation gives its reason in 1 to " + MAX_REASON + " characters");
        }
    }
}
