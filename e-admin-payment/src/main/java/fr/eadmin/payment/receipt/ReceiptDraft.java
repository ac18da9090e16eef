package fr.eadmin.payment.receipt;

import fr.eadmin.documents.Quittance;
import java.util.List;
import java.util.Objects;

/**
 * What a receipt will say, known before its number: the store allocates the number when it records the
 * payment as paid.
 *
 * @param regie the régie's code
 * @param payer the payer's name, as printed
 * @param lines what was paid, at least one line, adding up to the payment's amount
 * @param means how it was paid
 */
public record ReceiptDraft(String regie, String payer, List<Quittance.Line> lines, Quittance.MeansOfPayment means) {
    /** Checks and copies the values. */
    public ReceiptDraft {
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(means, "means");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a receipt has at least one line");
        }
        if (payer.isBlank()) {
            throw new IllegalArgumentException("a receipt names its payer");
        }
    }

    /** {@return the sum of the lines, in euro cents} */
    public long totalCents() {
        long total = 0;
        for (Quittance.Line line : lines) {
            total = Math.addExact(total, line.amountCents());
        }
        return total;
    }
}
