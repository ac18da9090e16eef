package fr.eadmin.core.demande;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long the administration took to decide on a demande: from its receipt to the decision, the days it
 * waited for pièces excluded.
 *
 * @param decidedOn the day of the decision; for an implicit decision, the last day of the delay
 * @param days calendar days from the day after receipt to the decision day, waits excluded
 * @param businessDays business days (on the téléservice's calendar) over the same span, waits excluded
 * @param withinDelay whether an express decision came by the end of the delay; false for an implicit decision
 * @param implicit whether the decision was born of the administration's silence
 */
public record Processing(LocalDate decidedOn, int days, int businessDays, boolean withinDelay, boolean implicit) {
    /** Checks the values. */
    public Processing {
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (days < 0 || businessDays < 0 || businessDays > days) {
            throw new IllegalArgumentException("processing days must satisfy 0 <= businessDays <= days");
        }
    }
}
