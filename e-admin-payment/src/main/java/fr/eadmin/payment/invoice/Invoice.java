package fr.eadmin.payment.invoice;

import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.documents.Facture;
import fr.eadmin.payment.PaymentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A facture for a recurring service (cantine, périscolaire, conservatoire…) addressed to a foyer. One payment
 * may settle one invoice or several.
 *
 * @param id the technical id
 * @param number the number the usager sees, such as {@code F-2026-000042}
 * @param foyer the usager (usually a foyer) it is addressed to
 * @param service the code of the service invoiced, such as {@code cantine}
 * @param lines what is charged, at least one line
 * @param issuedOn the day it was issued
 * @param dueOn the last day to pay, on or after the day of issue
 * @param status where it stands
 * @param paidBy the payment that settled it, when paid
 */
public record Invoice(
        InvoiceId id,
        String number,
        UsagerId foyer,
        String service,
        List<Facture.Line> lines,
        LocalDate issuedOn,
        LocalDate dueOn,
        InvoiceStatus status,
        @Nullable PaymentId paidBy) {
    /** Checks and copies the values. */
    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(foyer, "foyer");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (number.isBlank() || service.isBlank()) {
            throw new IllegalArgumentException("an invoice has a number and a service");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line");
        }
        if (dueOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("an invoice cannot be due before it is issued");
        }
        if ((status == InvoiceStatus.PAID) != (paidBy != null)) {
            throw new IllegalArgumentException("a paid invoice, and only a paid invoice, names its payment");
        }
        if (totalOf(lines) <= 0) {
            throw new IllegalArgumentException("an invoice is of a positive amount");
        }
    }

    /**
     * A new open invoice.
     *
     * @param id its id
     * @param number its number
     * @param foyer who it is addressed to
     * @param service the service invoiced
     * @param lines what is charged
     * @param issuedOn the day of issue
     * @param dueOn the last day to pay
     * @return the invoice, {@link InvoiceStatus#OPEN}
     */
    public static Invoice open(
            InvoiceId id,
            String number,
            UsagerId foyer,
            String service,
            List<Facture.Line> lines,
            LocalDate issuedOn,
            LocalDate dueOn) {
        return new Invoice(id, number, foyer, service, lines, issuedOn, dueOn, InvoiceStatus.OPEN, null);
    }

    /** {@return the amount due, in euro cents} */
    public long totalCents() {
        return totalOf(lines);
    }

    /**
     * The same invoice, settled by a payment.
     *
     * @param payment the payment
     * @return the paid invoice
     */
    public Invoice paidBy(PaymentId payment) {
        return new Invoice(id, number, foyer, service, lines, issuedOn, dueOn, InvoiceStatus.PAID, payment);
    }

    /**
     * The invoice as the facture document renders it ({@link fr.eadmin.documents.DocumentRenderer#facture}):
     * number, dates and lines come from the invoice, what only the town knows (who pays, where to send it, how
     * to pay) is given.
     *
     * {@snippet :
     * byte[] pdf = renderer.facture(invoice.facture("Mme Samia Benali", address, "Compte famille 2026-0042",
     *         "Payez en ligne sur votre compte famille ou à la régie.")).pdf();
     * }
     *
     * @param payer the payer's name
     * @param payerAddress the payer's postal address, one to six lines
     * @param account the payer's account with the town, to quote when paying
     * @param howToPay how to pay, in full sentences
     * @return the facture
     * @throws fr.eadmin.documents.InvalidDocumentException if a text is blank or the address has no line or too
     *     many
     */
    public Facture facture(String payer, List<String> payerAddress, String account, String howToPay) {
        return new Facture(number, issuedOn, dueOn, payer, payerAddress, account, lines, howToPay);
    }

    private static long totalOf(List<Facture.Line> lines) {
        long total = 0;
        for (Facture.Line line : lines) {
            total = Math.addExact(total, Math.multiplyExact(line.quantity(), line.unitPriceCents()));
        }
        return total;
    }
}
