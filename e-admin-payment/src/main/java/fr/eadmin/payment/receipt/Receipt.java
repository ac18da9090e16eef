package fr.eadmin.payment.receipt;

import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A receipt the régie issued for a payment: numbered without gaps per régie and year, never changed nor
 * deleted.
 *
 * @param regie the régie's code
 * @param number its number in the régie's sequence for the year
 * @param paymentId the payment it acknowledges
 * @param amountCents the amount received, in euro cents
 * @param payer the payer's name
 * @param lines what was paid, adding up to the amount
 * @param means how it was paid
 * @param issuedAt when it was issued (when the payment was recorded as paid)
 */
public record Receipt(
        String regie,
        ReceiptNumber number,
        PaymentId paymentId,
        long amountCents,
        String payer,
        List<Quittance.Line> lines,
        Quittance.MeansOfPayment means,
        Instant issuedAt) {
    /** Checks and copies the values. */
    public Receipt {
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        ReceiptDraft checked = new ReceiptDraft(regie, payer, lines, means);
        lines = checked.lines();
        if (checked.totalCents() != amountCents) {
            throw new IllegalArgumentException(
                    "the lines add up to " + checked.totalCents() + " cents, the receipt is of " + amountCents);
        }
    }

    /**
     * The receipt of a payment just paid.
     *
     * @param paid the payment, paid
     * @param draft what the receipt says
     * @param number the number allocated
     * @return the receipt, issued at {@code paid.updatedAt()}
     * @throws IllegalArgumentException if the payment is not paid or the draft does not add up to its amount
     */
    public static Receipt issue(Payment paid, ReceiptDraft draft, ReceiptNumber number) {
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(draft, "draft");
        if (paid.status() != PaymentStatus.PAID) {
            throw new IllegalArgumentException("a receipt is issued for a paid payment only");
        }
        return new Receipt(
                draft.regie(),
                number,
                paid.id(),
                paid.amountCents(),
                draft.payer(),
                draft.lines(),
                draft.means(),
                paid.updatedAt());
    }

    /**
     * The receipt as the quittance document renders it ({@link
     * fr.eadmin.documents.DocumentRenderer#quittance}).
     *
     * @param regieInfo the régie, whose name is printed
     * @param invoiceNumber the facture the payment settles, or null
     * @return the quittance
     * @throws IllegalArgumentException if the régie is not the one of this receipt
     */
    public Quittance quittance(Regie regieInfo, @Nullable String invoiceNumber) {
        Objects.requireNonNull(regieInfo, "regieInfo");
        if (!regieInfo.code().equals(regie)) {
            throw new IllegalArgumentException("the receipt was issued by another régie");
        }
        return new Quittance(regieInfo.name(), number.toString(), issuedAt, payer, lines, means, invoiceNumber);
    }
}
