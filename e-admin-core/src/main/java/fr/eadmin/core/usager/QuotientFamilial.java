package fr.eadmin.core.usager;

import java.time.Year;
import java.util.Objects;

/**
 * The quotient familial of a foyer, which sets the rate of many municipal services (cantine, accueil
 * périscolaire, centre de loisirs, conservatoire).
 *
 * @param montantCents the quotient, in euro cents (a QF of 850.50 € is {@code 85050}), not negative
 * @param annee the year it applies to
 * @param source where it comes from
 */
public record QuotientFamilial(long montantCents, Year annee, SourceQuotientFamilial source) {
    /**
     * Checks the values.
     *
     * @throws InvalidUsagerException if the amount is negative
     */
    public QuotientFamilial {
        Objects.requireNonNull(annee, "annee");
        Objects.requireNonNull(source, "source");
        if (montantCents < 0) {
            throw new InvalidUsagerException("quotientFamilial.montantCents", "must not be negative");
        }
    }
}
