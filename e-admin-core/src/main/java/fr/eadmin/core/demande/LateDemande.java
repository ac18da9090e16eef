package fr.eadmin.core.demande;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A demande not decided by the end of its delay.
 *
 * @param id its id
 * @param reference its reference
 * @param state its state
 * @param deadline the last day of its delay
 * @param flagged whether the deadline sweep has flagged it late already
 */
public record LateDemande(
        DemandeId id,
        DemandeReference reference,
        DemandeState state,
        @Nullable LocalDate deadline,
        boolean flagged) {
    /** Checks the values. */
    public LateDemande {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(state, "state");
    }
}
