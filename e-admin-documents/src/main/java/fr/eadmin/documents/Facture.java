package fr.eadmin.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A facture (invoice) addressed to a foyer or another payer. Amounts are in euro cents.
 *
 * @param number the invoice number, such as {@code "F-2026-000042"}
 * @param issuedOn the day it is issued
 * @param dueOn the last day to pay, on or after the day of issue
 * @param payer the name of the payer
 * @param payerAddress the payer's postal address, one to six lines
 * @param account the payer's account with the town (foyer reference, contract), printed to quote when paying
 * @param lines what is charged, at least one line
 * @param howToPay how to pay, in full sentences (PayFiP address, régie opening hours…)
 */
public record Facture(
        String number,
        LocalDate issuedOn,
        LocalDate dueOn,
        String payer,
        List<String> payerAddress,
        String account,
        List<Line> lines,
        String howToPay) {
    private static final String DOCUMENT = DocumentKind.FACTURE.code();

    /**
     * Checks the values.
     *
     * @throws InvalidDocumentException if a required text is blank, the due date before the issue, or the total
     *     out of range
     * @throws EmptyInvoiceException if there is no line
     */
    public Facture {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        number = InvalidDocumentException.require(DOCUMENT, "number", Objects.requireNonNull(number, "number"));
        payer = InvalidDocumentException.require(DOCUMENT, "payer", Objects.requireNonNull(payer, "payer"));
        account = InvalidDocumentException.require(DOCUMENT, "account", Objects.requireNonNull(account, "account"));
        howToPay = InvalidDocumentException.require(DOCUMENT, "howToPay", Objects.requireNonNull(howToPay, "howToPay"));
        payerAddress = List.copyOf(Objects.requireNonNull(payerAddress, "payerAddress"));
        if (payerAddress.isEmpty()
                || payerAddress.size() > 6
                || payerAddress.stream().anyMatch(String::isBlank)) {
            throw new InvalidDocumentException(DOCUMENT, "payerAddress", "needs 1 to 6 non-blank lines");
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new EmptyInvoiceException(DOCUMENT);
        }
        if (dueOn.isBefore(issuedOn)) {
            throw new InvalidDocumentException(DOCUMENT, "dueOn", "is before the day of issue");
        }
        total(lines);
    }

    /**
     * The amount to pay.
     *
     * @return the sum of the lines, in cents
     */
    public long totalCents() {
        return total(lines);
    }

    private static long total(List<Line> lines) {
        return Amounts.sum(DOCUMENT, lines, Line::amountCents);
    }

    /**
     * One line of a facture: a quantity of a service at a unit price.
     *
     * @param label what is charged, such as {@code "Restauration scolaire, octobre 2026"}
     * @param quantity how many units, one or more
     * @param unitPriceCents the price of one unit in cents, zero or more
     */
    public record Line(String label, long quantity, long unitPriceCents) {
        /**
         * Checks the values.
         *
         * @throws InvalidDocumentException if the label is blank, the quantity zero or the amount out of range
         * @throws NegativeAmountException if the quantity or the price is negative
         */
        public Line {
            label = InvalidDocumentException.require(DOCUMENT, "lines.label", Objects.requireNonNull(label, "label"));
            if (quantity < 0) {
                throw new NegativeAmountException(DOCUMENT, "lines.quantity");
            }
            if (quantity == 0) {
                throw new InvalidDocumentException(DOCUMENT, "lines.quantity", "must be one or more");
            }
            if (unitPriceCents < 0) {
                throw new NegativeAmountException(DOCUMENT, "lines.unitPriceCents");
            }
            amount(quantity, unitPriceCents);
        }

        /**
         * The amount of the line.
         *
         * @return quantity times unit price, in cents
         */
        public long amountCents() {
            return amount(quantity, unitPriceCents);
        }

        private static long amount(long quantity, long unitPriceCents) {
            try {
                return Math.multiplyExact(quantity, unitPriceCents);
            } catch (ArithmeticException e) {
                throw new InvalidDocumentException(DOCUMENT, "lines", "the amount is out of range");
            }
        }
    }
}
