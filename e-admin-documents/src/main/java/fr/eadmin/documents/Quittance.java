package fr.eadmin.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quittance: the receipt the régie hands for a payment. Amounts are in euro cents.
 *
 * @param regie the name of the régie that collected the payment, such as {@code "Régie enfance"}
 * @param number the receipt number, from the régie's gapless sequence
 * @param paidAt when the payment was received
 * @param payer the name of the payer
 * @param lines what was paid, at least one line
 * @param means how it was paid
 * @param invoiceNumber the facture the payment settles, or null
 */
public record Quittance(
        String regie,
        String number,
        Instant paidAt,
        String payer,
        List<Line> lines,
        MeansOfPayment means,
        @Nullable String invoiceNumber) {
    private static final String DOCUMENT = DocumentKind.QUITTANCE.code();

    /** How a payment was made. */
    public enum MeansOfPayment {
        /** Bank card, at the counter or online (PayFiP). */
        CARTE_BANCAIRE("Carte bancaire"),
        /** Cash at the counter of the régie. */
        ESPECES("Espèces"),
        /** Cheque. */
        CHEQUE("Chèque"),
        /** Direct debit. */
        PRELEVEMENT("Prélèvement"),
        /** Bank transfer. */
        VIREMENT("Virement"),
        /** Chèque emploi service universel. */
        CESU("Chèque emploi service universel (CESU)");

        private final String label;

        MeansOfPayment(String label) {
            this.label = label;
        }

        /**
         * The French name printed on the receipt.
         *
         * @return the label
         */
        public String label() {
            return label;
        }
    }

    /**
     * Checks the values.
     *
     * @throws InvalidDocumentException if a required text is blank or the total out of range
     * @throws EmptyInvoiceException if there is no line
     */
    public Quittance {
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(means, "means");
        regie = InvalidDocumentException.require(DOCUMENT, "regie", Objects.requireNonNull(regie, "regie"));
        number = InvalidDocumentException.require(DOCUMENT, "number", Objects.requireNonNull(number, "number"));
        payer = InvalidDocumentException.require(DOCUMENT, "payer", Objects.requireNonNull(payer, "payer"));
        if (invoiceNumber != null) {
            invoiceNumber = InvalidDocumentException.require(DOCUMENT, "invoiceNumber", invoiceNumber);
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new EmptyInvoiceException(DOCUMENT);
        }
        total(lines);
    }

    /**
     * The amount received.
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
     * One thing paid for.
     *
     * @param label what was paid, such as {@code "Accueil périscolaire, octobre 2026"}
     * @param amountCents the amount in cents, more than zero
     */
    public record Line(String label, long amountCents) {
        /**
         * Checks the values.
         *
         * @throws InvalidDocumentException if the label is blank or the amount zero
         * @throws NegativeAmountException if the amount is negative
         */
        public Line {
            label = InvalidDocumentException.require(DOCUMENT, "lines.label", Objects.requireNonNull(label, "label"));
            if (amountCents < 0) {
                throw new NegativeAmountException(DOCUMENT, "lines.amountCents");
            }
            if (amountCents == 0) {
                throw new InvalidDocumentException(DOCUMENT, "lines.amountCents", "must be more than zero");
            }
        }
    }
}
