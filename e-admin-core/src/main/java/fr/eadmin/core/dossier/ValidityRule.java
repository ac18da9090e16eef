package fr.eadmin.core.dossier;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How long a pièce justificative of a given {@link PieceType} can be relied on, from its dates.
 *
 * <p>Whatever the rule, a pièce that carries an expiry date is not valid after it.
 */
public sealed interface ValidityRule
        permits ValidityRule.Permanent,
                ValidityRule.PeriodFromDocumentDate,
                ValidityRule.UntilExpiryDate,
                ValidityRule.UntilEndOfYear {

    /**
     * The last day a pièce is valid, inclusive.
     *
     * @param documentDate the date the document was issued
     * @param expiryDate the expiry date printed on the document, if any
     * @return the last valid day, or null if the pièce stays valid
     * @throws InvalidDossierException if the rule needs an expiry date and there is none
     */
    @Nullable
    LocalDate validUntil(LocalDate documentDate, @Nullable LocalDate expiryDate);

    /**
     * Whether a pièce under this rule must carry an expiry date.
     *
     * @return true if {@link #validUntil} needs the expiry date
     */
    default boolean needsExpiryDate() {
        return false;
    }

    /**
     * Valid for ever (a livret de famille, a jugement), unless the document has an expiry date.
     *
     * @return the rule
     */
    static ValidityRule permanent() {
        return new Permanent();
    }

    /**
     * Valid while the document is less than the period old: a justificatif de domicile "de moins de 3 mois"
     * dated 15 January is valid until 14 April inclusive.
     *
     * @param period the period, positive
     * @return the rule
     */
    static ValidityRule periodFromDocumentDate(Period period) {
        return new PeriodFromDocumentDate(period);
    }

    /**
     * Valid until the expiry date printed on the document (a pièce d'identité), which is then required.
     *
     * @return the rule
     */
    static ValidityRule untilExpiryDate() {
        return new UntilExpiryDate();
    }

    /**
     * Valid until the 31 December of the year of the document, or of a later year.
     *
     * @param yearsAfter 0 for the year of the document, 1 for the next one...
     * @return the rule
     */
    static ValidityRule untilEndOfYear(int yearsAfter) {
        return new UntilEndOfYear(yearsAfter);
    }

    private static @Nullable LocalDate earliest(@Nullable LocalDate ruleEnd, @Nullable LocalDate expiryDate) {
        if (ruleEnd == null) {
            return expiryDate;
        }
        return expiryDate == null || ruleEnd.isBefore(expiryDate) ? ruleEnd : expiryDate;
    }

    /** Valid for ever, unless the document has an expiry date. */
    record Permanent() implements ValidityRule {
        @Override
        public @Nullable LocalDate validUntil(LocalDate documentDate, @Nullable LocalDate expiryDate) {
            Objects.requireNonNull(documentDate, "documentDate");
            return expiryDate;
        }
    }

    /**
     * Valid while the document is less than the period old: on a day D, the pièce is valid if D minus the
     * period is before the document's date. The last valid day is the document's date plus the period minus
     * one day (15 January and 3 months: 14 April), except at month ends, where it is the last day of the
     * shorter month (30 November and 3 months: 28 February).
     *
     * @param period the period, positive
     */
    record PeriodFromDocumentDate(Period period) implements ValidityRule {
        /**
         * Checks the period.
         *
         * @throws InvalidDossierException if the period is zero or has a negative part
         */
        public PeriodFromDocumentDate {
            Objects.requireNonNull(period, "period");
            if (period.isZero() || period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
                throw new InvalidDossierException("validity.period", "must be positive");
            }
        }

        @Override
        public LocalDate validUntil(LocalDate documentDate, @Nullable LocalDate expiryDate) {
            // The last day D such that D minus the period is still before the document's date. Usually the
            // document's date plus the period minus one day, but month ends shift it: a document of 30
            // November is less than 3 months old until 28 February, whose 3 months before is 28 November.
            LocalDate end = documentDate.plus(period).minusDays(1);
            while (end.plusDays(1).minus(period).isBefore(documentDate)) {
                end = end.plusDays(1);
            }
            LocalDate earliest = earliest(end, expiryDate);
            return earliest == null ? end : earliest;
        }
    }

    /** Valid until the expiry date printed on the document, which is required. */
    record UntilExpiryDate() implements ValidityRule {
        @Override
        public LocalDate validUntil(LocalDate documentDate, @Nullable LocalDate expiryDate) {
            Objects.requireNonNull(documentDate, "documentDate");
            if (expiryDate == null) {
                throw new InvalidDossierException("piece.expiryDate", "is required for this type of pièce");
            }
            return expiryDate;
        }

        @Override
        public boolean needsExpiryDate() {
            return true;
        }
    }

    /**
     * Valid until the 31 December of the document's year plus {@code yearsAfter}.
     *
     * @param yearsAfter 0 for the year of the document, 1 for the next one, at most 10
     */
    record UntilEndOfYear(int yearsAfter) implements ValidityRule {
        /**
         * Checks the number of years.
         *
         * @throws InvalidDossierException if it is negative or more than 10
         */
        public UntilEndOfYear {
            if (yearsAfter < 0 || yearsAfter > 10) {
                throw new InvalidDossierException("validity.yearsAfter", "must be between 0 and 10");
            }
        }

        @Override
        public LocalDate validUntil(LocalDate documentDate, @Nullable LocalDate expiryDate) {
            LocalDate end = LocalDate.of(documentDate.getYear() + yearsAfter, 12, 31);
            LocalDate earliest = earliest(end, expiryDate);
            return earliest == null ? end : earliest;
        }
    }
}
